-- V2 kept a key's sliding log in one array that every request rewrote: O(limit) bytes written per request (a key
-- at 1,000 requests/s carries 60,000 entries, ~480 kB per admission). Now one row per admission, indexed by
-- (key, instant), and a per-key row holding the count: each request inserts one row and deletes the ones that
-- left the window, so its cost no longer grows with the limit. Same rule, same single round trip.
DROP FUNCTION kycert_rate_admit(UUID, INTEGER, BIGINT, BIGINT);
DROP TABLE rate_windows;

-- A key's window: how many admissions it holds (the rows of rate_admissions for the key) and the newest of them.
-- Its row lock serializes the key's admissions across every node.
CREATE TABLE rate_windows (
    key_id  UUID    PRIMARY KEY,
    used    INTEGER NOT NULL,
    newest  BIGINT  NOT NULL
);
-- no index on newest: every admission rewrites the row, and without one the rewrite is a HOT update; the reaper
-- scans a table of one row per recently active key

CREATE TABLE rate_admissions (
    key_id  UUID   NOT NULL,
    at      BIGINT NOT NULL
);
CREATE INDEX rate_admissions_by_key ON rate_admissions (key_id, at);

-- Admits or refuses one request against a key's rolling window in one round trip, across every node.
-- Same rule as kycert.domain.ratelimit.RateWindow.offer: entries t > now - window count (entries after now too, so a
-- clock stepping back opens no slot); keep only the newest p_limit of them (a lowered limit); admit when fewer than
-- p_limit remain. The upsert locks the key's row, so concurrent callers for one key are serialized.
-- Returns whether admitted, how many entries the window holds now, and its oldest entry (reset = oldest + window).
CREATE FUNCTION kycert_rate_admit(p_key UUID, p_limit INTEGER, p_now BIGINT, p_window BIGINT,
                                  OUT ok BOOLEAN, OUT used INTEGER, OUT oldest BIGINT)
LANGUAGE plpgsql AS $$
DECLARE
    n    INTEGER;
    gone INTEGER;
BEGIN
    INSERT INTO rate_windows AS w (key_id, used, newest)
    VALUES (p_key, 0, p_now)
    ON CONFLICT (key_id) DO UPDATE SET newest = w.newest
    RETURNING w.used INTO n;

    DELETE FROM rate_admissions WHERE key_id = p_key AND at <= p_now - p_window;
    GET DIAGNOSTICS gone = ROW_COUNT;
    n := n - gone;
    IF n > p_limit THEN
        DELETE FROM rate_admissions
         WHERE ctid IN (SELECT ctid FROM rate_admissions WHERE key_id = p_key ORDER BY at LIMIT n - p_limit);
        n := p_limit;
    END IF;
    ok := n < p_limit;
    IF ok THEN
        INSERT INTO rate_admissions (key_id, at) VALUES (p_key, p_now);
        n := n + 1;
        UPDATE rate_windows w SET used = n, newest = greatest(w.newest, p_now) WHERE w.key_id = p_key;
    ELSE
        UPDATE rate_windows w SET used = n WHERE w.key_id = p_key;
    END IF;
    used := n;
    SELECT min(a.at) INTO oldest FROM rate_admissions a WHERE a.key_id = p_key;
END
$$;
