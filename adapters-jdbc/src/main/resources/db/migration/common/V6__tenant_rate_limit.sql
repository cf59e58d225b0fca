-- The tenant-wide ceiling on requests per rolling minute, across all of its keys and every node (the per-key limit
-- still applies). Set by the operator; existing tenants get the default.
ALTER TABLE tenants ADD COLUMN rate_limit INTEGER DEFAULT 1000 NOT NULL;
ALTER TABLE tenants ADD CONSTRAINT tenants_rate_limit_positive CHECK (rate_limit > 0);
