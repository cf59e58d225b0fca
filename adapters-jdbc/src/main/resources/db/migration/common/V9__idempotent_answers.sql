-- Every POST of every plane is idempotent through idempotency_keys (ADR 003). A completed request stores either the
-- run it accepted (run_id, the data plane) or the answer it gave (status, kind of resource, body as JSON text with
-- no secret shown once). Both null while the request is in flight.
ALTER TABLE idempotency_keys ADD COLUMN answer_status INTEGER;
ALTER TABLE idempotency_keys ADD COLUMN answer_resource VARCHAR(64);
ALTER TABLE idempotency_keys ADD COLUMN answer_body TEXT;

-- An operator's top-up keyed by its request's idempotency key hash: applied at most once per key for 24 h, so a
-- node dying between the top-up and storing its answer cannot have the retry apply it again.
CREATE TABLE credit_grants (
    grant_key   VARCHAR(255) PRIMARY KEY,
    tenant_id   UUID         NOT NULL REFERENCES tenants (id),
    amount      BIGINT       NOT NULL,
    expires_at  BIGINT       NOT NULL
);
