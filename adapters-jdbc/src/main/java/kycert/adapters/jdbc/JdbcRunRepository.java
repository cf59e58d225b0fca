package kycert.adapters.jdbc;

import io.vavr.control.Option;
import java.util.List;
import kycert.application.port.out.RunStorePort;
import kycert.domain.apikey.Environment;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.run.Run;
import kycert.domain.run.RunId;
import kycert.domain.tenant.TenantId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** Runs in {@code runs}; inserted only by {@link JdbcAcceptRun}, moved on by {@link #transition} until terminal. */
final class JdbcRunRepository implements RunStorePort {
    static final String COLUMNS = """
            id, tenant_id, environment, status, template_id, subject_type, subject_doc, subject_name, external_id,
            metadata, webhook_url, decision, risk_band, reasons, sources, created_at, completed_at""";

    static final String INSERT = """
            INSERT INTO runs (id, tenant_id, environment, status, template_id, subject_type, subject_doc, subject_name,
                              external_id, metadata, webhook_url, decision, risk_band, reasons, sources, created_at,
                              completed_at)
            VALUES (:id, :tenantId, :environment, :status, :templateId, :subjectType, :subjectDoc, :subjectName,
                    :externalId, :metadata, :webhookUrl, :decision, :riskBand, :reasons, :sources, :createdAt,
                    :completedAt)
            """;

    private final Jdbi jdbi;

    JdbcRunRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Option<Run> find(TenantId tenant, Environment environment, RunId id) {
        return jdbi.withHandle(h -> Option.ofOptional(h.createQuery(
                                "SELECT " + COLUMNS + " FROM runs WHERE id = :id AND tenant_id = :tenant AND environment = :environment")
                        .bind("id", id.value())
                        .bind("tenant", tenant.value())
                        .bind("environment", environment.wire())
                        .mapTo(RunRow.class)
                        .findOne()))
                .map(RunRow::toDomain);
    }

    @Override
    public Option<Run> findById(RunId id) {
        return jdbi.withHandle(h -> Option.ofOptional(h.createQuery("SELECT " + COLUMNS + " FROM runs WHERE id = :id")
                        .bind("id", id.value())
                        .mapTo(RunRow.class)
                        .findOne()))
                .map(RunRow::toDomain);
    }

    @Override
    public List<Run> findAll(List<RunId> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM runs WHERE id IN (<ids>)")
                        .bindList("ids", ids.stream().map(RunId::value).distinct().toList())
                        .mapTo(RunRow.class)
                        .list())
                .stream().map(RunRow::toDomain).toList();
    }

    @Override
    public List<Run> list(RunFilter filter, Option<Position> after, int limit) {
        // keyset pagination on (created_at, id), served by the runs_listing* indexes
        StringBuilder sql = new StringBuilder(
                "SELECT " + COLUMNS + " FROM runs WHERE tenant_id = :tenant AND environment = :environment");
        if (filter.status().isDefined()) sql.append(" AND status = :status");
        if (filter.externalId().isDefined()) sql.append(" AND external_id = :externalId");
        sql.append(NewestFirst.after("created_at", after)).append(NewestFirst.orderAndLimit("created_at"));
        return jdbi.withHandle(h -> {
                    Query q = h.createQuery(sql.toString())
                            .bind("tenant", filter.tenant().value())
                            .bind("environment", filter.environment().wire());
                    filter.status().forEach(s -> q.bind("status", s.wire()));
                    filter.externalId().forEach(e -> q.bind("externalId", e));
                    return NewestFirst.bind(q, after, limit).mapTo(RunRow.class).list();
                })
                .stream().map(RunRow::toDomain).toList();
    }

    @Override
    public boolean transition(Run run) {
        return jdbi.withHandle(h -> transition(h, run));
    }

    /** The conditional move, inside the caller's transaction when there is one. */
    static boolean transition(Handle h, Run run) {
        return h.createUpdate("""
                        UPDATE runs
                           SET status = :status, decision = :decision, risk_band = :riskBand, reasons = :reasons,
                               sources = :sources, completed_at = :completedAt
                         WHERE id = :id AND status IN ('queued', 'processing')
                        """)
                .bindMethods(RunRow.of(run))
                .execute() == 1;
    }
}
