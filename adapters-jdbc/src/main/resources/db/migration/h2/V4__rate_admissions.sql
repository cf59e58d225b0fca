-- V2 kept a key's sliding log in one packed value that every request rewrote: O(limit) bytes written per request.
-- Now one row per admission, indexed by (key, instant), and a per-key row holding the count: each request inserts
-- one row and deletes the ones that left the window, so its cost no longer grows with the limit. Same rule.
DROP TABLE rate_windows;

-- A key's window: how many admissions it holds (the rows of rate_admissions for the key) and the newest of them.
CREATE TABLE rate_windows (
    key_id  UUID    PRIMARY KEY,
    used    INTEGER NOT NULL,
    newest  BIGINT  NOT NULL
);
CREATE INDEX rate_windows_by_newest ON rate_windows (newest);

CREATE TABLE rate_admissions (
    key_id  UUID   NOT NULL,
    at      BIGINT NOT NULL
);
CREATE INDEX rate_admissions_by_key ON rate_admissions (key_id, at);
