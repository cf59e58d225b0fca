-- A key's rolling window: the instants (epoch ns) of the admitted requests still inside it, ascending (a sliding
-- log), packed as 8-byte big-endian longs — H2 arrays stop at 65,536 elements and a key's limit goes to 100,000.
CREATE TABLE rate_windows (
    key_id    UUID                  PRIMARY KEY,
    admitted  BINARY VARYING(800000) NOT NULL,
    newest    BIGINT                NOT NULL
);
CREATE INDEX rate_windows_by_newest ON rate_windows (newest);
