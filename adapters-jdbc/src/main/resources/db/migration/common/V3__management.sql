-- The management plane: tenant users, webhook endpoints, the webhook outbox, the audit log. Portable SQL.

CREATE TABLE users (
    id             UUID          PRIMARY KEY,
    tenant_id      UUID          NOT NULL REFERENCES tenants (id),
    -- normalized to lower case; one user per email across all tenants
    email          VARCHAR(254)  NOT NULL,
    -- the slow KDF's encoded hash, never the password
    password_hash  VARCHAR(1024) NOT NULL,
    created_at     BIGINT        NOT NULL,
    CONSTRAINT users_email_unique UNIQUE (email)
);

CREATE TABLE webhook_endpoints (
    id             UUID          PRIMARY KEY,
    tenant_id      UUID          NOT NULL REFERENCES tenants (id),
    url            VARCHAR(2048) NOT NULL,
    -- the signing secret sealed with the server key (AES-GCM), never in clear
    sealed_secret  VARCHAR(1024) NOT NULL,
    created_at     BIGINT        NOT NULL
);
CREATE INDEX webhook_endpoints_by_tenant ON webhook_endpoints (tenant_id, created_at DESC, id DESC);

-- The outbox: written in the run's completion transaction, sent by whichever node claims a row.
-- No foreign key to the endpoint: a delivery outlives a deleted endpoint (and is then given up).
CREATE TABLE webhook_deliveries (
    id               UUID           PRIMARY KEY,
    tenant_id        UUID           NOT NULL REFERENCES tenants (id),
    event_id         VARCHAR(64)    NOT NULL,
    event_type       VARCHAR(32)    NOT NULL,
    endpoint_id      UUID,
    url              VARCHAR(2048)  NOT NULL,
    -- the exact body sent on every attempt
    payload          VARCHAR(1000000) NOT NULL,
    status           VARCHAR(16)    NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
    -- JSON array of {number, at, status_code, error, duration_ms}
    attempts         VARCHAR(1000000) NOT NULL,
    next_attempt_at  BIGINT,
    created_at       BIGINT         NOT NULL,
    -- when a sender may claim it: next_attempt_at while pending, a lease's end while claimed, null when done
    available_at     BIGINT
);
CREATE INDEX webhook_deliveries_by_availability ON webhook_deliveries (available_at, id);
CREATE INDEX webhook_deliveries_by_tenant ON webhook_deliveries (tenant_id, created_at DESC, id DESC);

-- Append-only. No foreign key: the log is evidence and must accept whatever it is told.
CREATE TABLE audit_events (
    id              UUID          PRIMARY KEY,
    tenant_id       UUID          NOT NULL,
    actor_type      VARCHAR(16)   NOT NULL,
    actor_id        VARCHAR(64)   NOT NULL,
    actor_display   VARCHAR(320)  NOT NULL,
    action          VARCHAR(64)   NOT NULL,
    target_type     VARCHAR(64)   NOT NULL,
    target_id       VARCHAR(255)  NOT NULL,
    -- JSON object of strings, redacted before it was written
    details         VARCHAR(16000) NOT NULL,
    client_address  VARCHAR(100)  NOT NULL,
    at              BIGINT        NOT NULL
);
CREATE INDEX audit_events_by_tenant ON audit_events (tenant_id, at DESC, id DESC);
