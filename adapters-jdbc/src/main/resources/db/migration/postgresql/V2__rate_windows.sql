-- A key's rolling window: the instants (epoch ns) of the admitted requests still inside it, ascending (a sliding log).
CREATE TABLE rate_windows (
    key_id    UUID     PRIMARY KEY,
    admitted  BIGINT[] NOT NULL,
    newest    BIGINT   NOT NULL
);
-- no index on newest: every admission rewrites the row, and without one the rewrite is a HOT update; the reaper
-- scans a table of one row per recently active key

-- Admits or refuses one request against a key's rolling window in one round trip, across every node.
-- Same rule as kycert.domain.ratelimit.RateWindow.offer: entries t > now - window count (entries after now too, so a
-- clock stepping back opens no slot); keep only the newest p_limit of them (a lowered limit); admit when fewer than
-- p_limit remain. The upsert locks the key's row, so concurrent callers for one key are serialized.
-- Returns whether admitted, how many entries the window holds now, and its oldest entry (reset = oldest + window).
CREATE FUNCTION kycert_rate_admit(p_key UUID, p_limit INTEGER, p_now BIGINT, p_window BIGINT,
                                  OUT ok BOOLEAN, OUT used INTEGER, OUT oldest BIGINT)
LANGUAGE plpgsql AS $$
DECLARE
    log BIGINT[];
    n   INTEGER;
BEGIN
    INSERT INTO rate_windows AS w (key_id, admitted, newest)
    VALUES (p_key, '{}', p_now)
    ON CONFLICT (key_id) DO UPDATE SET newest = w.newest
    RETURNING w.admitted INTO log;

    SELECT coalesce(array_agg(t ORDER BY t), '{}') INTO log FROM unnest(log) AS t WHERE t > p_now - p_window;
    n := cardinality(log);
    IF n > p_limit THEN
        log := log[n - p_limit + 1 : n];
        n := p_limit;
    END IF;
    ok := n < p_limit;
    IF ok THEN
        SELECT array_agg(t ORDER BY t) INTO log FROM unnest(array_append(log, p_now)) AS t;
        n := n + 1;
    END IF;
    UPDATE rate_windows SET admitted = log, newest = log[n] WHERE key_id = p_key;
    used := n;
    oldest := log[1];
END
$$;
