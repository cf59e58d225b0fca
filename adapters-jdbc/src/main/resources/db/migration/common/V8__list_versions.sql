-- Live screening's imported lists (CONTRACT §8). An import writes its records under a new version id first
-- (list_entries / cnpj_registry / cnpj_companies rows without a list_versions row are staged: no run reads them),
-- then inserts its list_versions row and points active_lists at it in one transaction. Earlier versions are kept.
-- Instants are epoch nanoseconds.
CREATE TABLE list_versions (
    id            UUID        PRIMARY KEY,
    list_id       VARCHAR(16) NOT NULL,
    sha256        VARCHAR(64) NOT NULL,
    row_count     BIGINT      NOT NULL,
    published_at  BIGINT,
    imported_at   BIGINT      NOT NULL
);
CREATE INDEX list_versions_by_sha256 ON list_versions (list_id, sha256);

-- one row per list, so activation is a single UPDATE (no insert race between nodes)
CREATE TABLE active_lists (
    list_id     VARCHAR(16) PRIMARY KEY,
    version_id  UUID REFERENCES list_versions (id)
);
INSERT INTO active_lists (list_id) VALUES ('ofac_sdn'), ('un_sc'), ('eu_fsf'), ('ceis'), ('cnep'), ('cepim'), ('pep'), ('receita_cnpj');

-- a list entry as JSON: {id, kind, name, aliases, documents, masked_cpfs, attributes}
CREATE TABLE list_entries (
    version_id  UUID           NOT NULL,
    entry       VARCHAR(1000000) NOT NULL
);
CREATE INDEX list_entries_by_version ON list_entries (version_id);

-- Receita Federal's establishments (registry status) and companies (razão social), per version
CREATE TABLE cnpj_registry (
    version_id    UUID         NOT NULL,
    cnpj          VARCHAR(14)  NOT NULL,
    status        VARCHAR(2)   NOT NULL,
    status_since  VARCHAR(10),
    trade_name    VARCHAR(1000)
);
CREATE INDEX cnpj_registry_by_cnpj ON cnpj_registry (version_id, cnpj);

CREATE TABLE cnpj_companies (
    version_id  UUID          NOT NULL,
    root        VARCHAR(8)    NOT NULL,
    legal_name  VARCHAR(1000) NOT NULL
);
CREATE INDEX cnpj_companies_by_root ON cnpj_companies (version_id, root);
