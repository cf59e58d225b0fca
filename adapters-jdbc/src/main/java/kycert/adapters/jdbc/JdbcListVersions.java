package kycert.adapters.jdbc;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kycert.application.port.out.ListVersionStorePort;
import kycert.domain.screening.CnpjCompany;
import kycert.domain.screening.CnpjEstablishment;
import kycert.domain.screening.ListEntry;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;
import kycert.domain.screening.ListVersion;
import kycert.domain.screening.ListVersionId;
import kycert.domain.screening.RegistryStatus;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * List versions in {@code list_versions}, {@code active_lists}, {@code list_entries}, {@code cnpj_registry} and
 * {@code cnpj_companies} (V8). Records are staged in batches (one batched statement per table and batch); a version
 * becomes visible when its {@code list_versions} row is written and {@code active_lists} points at it, in one transaction.
 */
final class JdbcListVersions implements ListVersionStorePort {
    private static final String VERSION_COLUMNS = "id, list_id, sha256, row_count, published_at, imported_at";
    private static final String ACTIVATED = "EXISTS (SELECT 1 FROM list_versions v WHERE v.id = :version)";

    private final Jdbi jdbi;

    JdbcListVersions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void stage(ListVersionId version, ListId list, List<ListRecord> batch) {
        jdbi.useTransaction(h -> {
            if (h.createQuery("SELECT count(*) FROM list_versions WHERE id = :id").bind("id", version.value()).mapTo(Long.class).one() > 0) {
                throw new IllegalStateException("version " + version + " is already activated");
            }
            PreparedBatch entries = h.prepareBatch("INSERT INTO list_entries (version_id, entry) VALUES (:version, :entry)");
            PreparedBatch registry = h.prepareBatch("""
                    INSERT INTO cnpj_registry (version_id, cnpj, status, status_since, trade_name)
                    VALUES (:version, :cnpj, :status, :since, :tradeName)""");
            PreparedBatch companies = h.prepareBatch("INSERT INTO cnpj_companies (version_id, root, legal_name) VALUES (:version, :root, :name)");
            for (ListRecord r : batch) {
                switch (r) {
                    case ListRecord.Entry e -> {
                        if (e.entry().list() != list) throw new IllegalArgumentException("entry of " + e.entry().list() + " staged for " + list);
                        entries.bind("version", version.value()).bind("entry", ListEntryJson.write(e.entry())).add();
                    }
                    case ListRecord.Establishment e -> registry.bind("version", version.value())
                            .bind("cnpj", e.establishment().cnpj()).bind("status", e.establishment().status().code())
                            .bind("since", e.establishment().statusSince().map(LocalDate::toString).getOrNull())
                            .bind("tradeName", e.establishment().tradeName().getOrNull()).add();
                    case ListRecord.Company c -> companies.bind("version", version.value())
                            .bind("root", c.company().root()).bind("name", c.company().legalName()).add();
                }
            }
            for (PreparedBatch b : List.of(entries, registry, companies)) if (b.size() > 0) b.execute();
        });
    }

    @Override
    public void activate(ListVersion version) {
        jdbi.useTransaction(h -> {
            boolean known = h.createQuery("SELECT count(*) FROM list_versions WHERE id = :id")
                    .bind("id", version.id().value()).mapTo(Long.class).one() > 0;
            if (!known) {
                h.createUpdate("INSERT INTO list_versions (" + VERSION_COLUMNS + ") VALUES (:id, :list, :sha, :rows, :published, :imported)")
                        .bind("id", version.id().value()).bind("list", version.list().wire()).bind("sha", version.sha256())
                        .bind("rows", version.rows()).bind("published", EpochNanos.of(version.publishedAt()))
                        .bind("imported", EpochNanos.of(version.importedAt())).execute();
            }
            h.createUpdate("UPDATE active_lists SET version_id = :id WHERE list_id = :list")
                    .bind("id", version.id().value()).bind("list", version.list().wire()).execute();
        });
    }

    @Override
    public void discard(ListVersionId version) {
        jdbi.useTransaction(h -> {
            for (String table : new String[] {"list_entries", "cnpj_registry", "cnpj_companies"}) {
                h.createUpdate("DELETE FROM " + table + " WHERE version_id = :version AND NOT " + ACTIVATED)
                        .bind("version", version.value()).execute();
            }
        });
    }

    @Override
    public Option<ListVersion> findBySha256(ListId list, String sha256) {
        return Option.ofOptional(jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS
                        + " FROM list_versions WHERE list_id = :list AND sha256 = :sha ORDER BY imported_at FETCH FIRST 1 ROWS ONLY")
                .bind("list", list.wire()).bind("sha", sha256).map((rs, ctx) -> version(rs)).findOne()));
    }

    @Override
    public Map<ListId, ListVersion> activeVersions() {
        Map<ListId, ListVersion> out = new EnumMap<>(ListId.class);
        jdbi.useHandle(h -> h.createQuery("SELECT " + prefixed("v.") + " FROM active_lists a JOIN list_versions v ON v.id = a.version_id")
                .map((rs, ctx) -> version(rs)).forEach(v -> out.put(v.list(), v)));
        return Map.copyOf(out);
    }

    @Override
    public List<ListVersion> versions(ListId list) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS
                        + " FROM list_versions WHERE list_id = :list ORDER BY imported_at DESC, id DESC")
                .bind("list", list.wire()).map((rs, ctx) -> version(rs)).list());
    }

    @Override
    public List<ListEntry> entries(ListVersionId version) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT v.list_id, e.entry FROM list_entries e JOIN list_versions v ON v.id = e.version_id
                        WHERE e.version_id = :version""")
                .bind("version", version.value())
                .map((rs, ctx) -> ListEntryJson.read(Wire.listId(rs.getString(1)), rs.getString(2)))
                .list());
    }

    @Override
    public Option<CnpjEstablishment> establishment(ListVersionId version, String cnpj) {
        return Option.ofOptional(jdbi.withHandle(h -> h.createQuery("SELECT cnpj, status, status_since, trade_name FROM cnpj_registry"
                        + " WHERE version_id = :version AND cnpj = :cnpj AND " + ACTIVATED + " FETCH FIRST 1 ROWS ONLY")
                .bind("version", version.value()).bind("cnpj", cnpj)
                .map((rs, ctx) -> new CnpjEstablishment(rs.getString(1),
                        RegistryStatus.ofCode(rs.getString(2)).getOrElseThrow(() -> Wire.corrupt("registry status", "?")),
                        Option.of(rs.getString(3)).map(LocalDate::parse), Option.of(rs.getString(4))))
                .findOne()));
    }

    @Override
    public Option<CnpjCompany> company(ListVersionId version, String root) {
        return Option.ofOptional(jdbi.withHandle(h -> h.createQuery("SELECT root, legal_name FROM cnpj_companies"
                        + " WHERE version_id = :version AND root = :root AND " + ACTIVATED + " FETCH FIRST 1 ROWS ONLY")
                .bind("version", version.value()).bind("root", root)
                .map((rs, ctx) -> new CnpjCompany(rs.getString(1), rs.getString(2)))
                .findOne()));
    }

    private static String prefixed(String alias) {
        return String.join(", ", java.util.Arrays.stream(VERSION_COLUMNS.split(", ")).map(c -> alias + c).toList());
    }

    private static ListVersion version(java.sql.ResultSet rs) throws java.sql.SQLException {
        long published = rs.getLong("published_at");
        Option<java.time.Instant> publishedAt = rs.wasNull() ? Option.none() : Option.of(EpochNanos.instant(published));
        return new ListVersion(new ListVersionId(rs.getObject("id", UUID.class)), Wire.listId(rs.getString("list_id")),
                rs.getString("sha256"), rs.getLong("row_count"), publishedAt, EpochNanos.instant(rs.getLong("imported_at")));
    }
}
