-- kycert's durable store. Portable SQL: PostgreSQL and H2 run this file as is.
--
-- Instants are BIGINT epoch nanoseconds (UTC), not timestamptz: java.time.Instant round-trips exactly (PostgreSQL
-- keeps only microseconds, so a replayed 202 would differ from the original), and comparisons with the
-- application clock (idempotency expiry, leases, rate windows) are exact and identical on every vendor.
-- For humans: to_timestamp(created_at / 1e9) on PostgreSQL.
--
-- Tenants and templates are never deleted (templates are deactivated), so the foreign keys below never block a
-- delete; they keep a bug from storing a key, template or run of a tenant that does not exist.

CREATE TABLE tenants (
    id          UUID         PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    credits     BIGINT       NOT NULL CHECK (credits >= 0),
    status      VARCHAR(16)  NOT NULL CHECK (status IN ('active', 'suspended')),
    created_at  BIGINT       NOT NULL
);

CREATE TABLE api_keys (
    id             UUID         PRIMARY KEY,
    tenant_id      UUID         NOT NULL REFERENCES tenants (id),
    name           VARCHAR(200) NOT NULL,
    environment    VARCHAR(8)   NOT NULL CHECK (environment IN ('live', 'test')),
    scopes         VARCHAR(200) NOT NULL,
    subject_types  VARCHAR(16)  NOT NULL,
    rate_limit     INTEGER      NOT NULL CHECK (rate_limit > 0),
    key_prefix     VARCHAR(32)  NOT NULL,
    -- HMAC-SHA256 of the full key under the server secret; the key itself is never stored
    key_hash       CHAR(64)     NOT NULL,
    created_at     BIGINT       NOT NULL,
    last_used_at   BIGINT,
    revoked_at     BIGINT,
    CONSTRAINT api_keys_hash_unique UNIQUE (key_hash)
);
CREATE INDEX api_keys_by_tenant ON api_keys (tenant_id, created_at DESC, id DESC);

CREATE TABLE templates (
    id            UUID         PRIMARY KEY,
    tenant_id     UUID         NOT NULL REFERENCES tenants (id),
    name          VARCHAR(200) NOT NULL,
    subject_type  VARCHAR(2)   NOT NULL CHECK (subject_type IN ('pf', 'pj')),
    sources       VARCHAR(200) NOT NULL,
    cost          INTEGER      NOT NULL CHECK (cost >= 0),
    active        BOOLEAN      NOT NULL,
    created_at    BIGINT       NOT NULL
);
CREATE INDEX templates_by_tenant ON templates (tenant_id, created_at DESC, id DESC);

CREATE TABLE runs (
    id            UUID          PRIMARY KEY,
    tenant_id     UUID          NOT NULL REFERENCES tenants (id),
    environment   VARCHAR(8)    NOT NULL CHECK (environment IN ('live', 'test')),
    status        VARCHAR(16)   NOT NULL CHECK (status IN ('queued', 'processing', 'completed', 'failed')),
    template_id   UUID          NOT NULL REFERENCES templates (id),
    subject_type  VARCHAR(2)    NOT NULL CHECK (subject_type IN ('pf', 'pj')),
    -- normalized: CPF 11 digits, CNPJ 14 characters [0-9A-Z]
    subject_doc   VARCHAR(14)   NOT NULL,
    subject_name  VARCHAR(200),
    external_id   VARCHAR(255),
    -- JSON object of string values
    metadata      VARCHAR(16000) NOT NULL,
    webhook_url   VARCHAR(2048),
    decision      VARCHAR(16),
    risk_band     VARCHAR(16),
    -- JSON array of strings; null until completed
    reasons       VARCHAR(4000),
    -- JSON array of {source, status, latency_ms, checks, raw}
    sources       VARCHAR(200000) NOT NULL,
    created_at    BIGINT        NOT NULL,
    completed_at  BIGINT
);
-- the listing: newest first within a tenant and environment, with the optional filters
CREATE INDEX runs_listing ON runs (tenant_id, environment, created_at DESC, id DESC);
CREATE INDEX runs_listing_by_status ON runs (tenant_id, environment, status, created_at DESC, id DESC);
CREATE INDEX runs_listing_by_external_id ON runs (tenant_id, environment, external_id, created_at DESC, id DESC);

CREATE TABLE idempotency_keys (
    -- HMAC of (tenant, environment, Idempotency-Key)
    key_hash      VARCHAR(255) PRIMARY KEY,
    fingerprint   CHAR(64)     NOT NULL,
    -- set when the request completed (in the same transaction as the run); null while it is in flight
    run_id        UUID,
    locked_until  BIGINT       NOT NULL,
    expires_at    BIGINT       NOT NULL
);
CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expires_at);

-- rate_windows differ by vendor: see postgresql/V2 and h2/V2.

CREATE TABLE run_queue (
    run_id        UUID    PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    enqueued_at   BIGINT  NOT NULL,
    -- when the run may next be claimed: its enqueue time, then the end of each claim's lease (a worker that dies
    -- loses the run to the next claim after that)
    available_at  BIGINT  NOT NULL
);
-- claims take the earliest available row: an index range scan that never walks over leased rows
CREATE INDEX run_queue_by_availability ON run_queue (available_at, run_id);

-- deployment-wide settings shared by every node (e.g. the server secret when none is configured)
CREATE TABLE settings (
    setting_name   VARCHAR(64)   PRIMARY KEY,
    setting_value  VARCHAR(4096) NOT NULL
);
