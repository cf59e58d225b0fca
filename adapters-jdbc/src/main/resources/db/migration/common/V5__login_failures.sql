-- Failed-login counters (kycert.domain.user.LoginThrottle), shared by every node: one row per subject — an
-- (email, client address) pair, a client address, an email from every address — keyed by the SHA-256 (hex) of the
-- subject, so an attacker's long "email" costs 64 characters. Instants are epoch nanoseconds; a row whose
-- expires_at has come counts nothing and is deleted by the housekeeping.
CREATE TABLE login_failures (
    subject_key  VARCHAR(64) PRIMARY KEY,
    failures     INTEGER     NOT NULL,
    last_at      BIGINT      NOT NULL,
    expires_at   BIGINT      NOT NULL
);
CREATE INDEX login_failures_by_expiry ON login_failures (expires_at);
