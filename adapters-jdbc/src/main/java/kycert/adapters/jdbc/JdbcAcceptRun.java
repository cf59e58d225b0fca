package kycert.adapters.jdbc;

import io.vavr.control.Option;
import kycert.application.port.out.AcceptRunPort;
import kycert.domain.idempotency.IdempotencyRecord;
import kycert.domain.run.Run;
import kycert.domain.tenant.TenantId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The one transaction that accepts a run: conditional debit, the run, the completed idempotency record, the queue
 * entry. Either all of it commits or none of it, so a crash can neither charge for a run that does not exist nor
 * leave a run without its stored response.
 */
final class JdbcAcceptRun implements AcceptRunPort {
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Runnable queued;

    /** {@code queued} runs after each accept commits: it wakes the workers, here and (nudged) on other nodes. */
    JdbcAcceptRun(Jdbi jdbi, Dialect dialect, Runnable queued) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.queued = queued;
    }

    @Override
    public boolean accept(Run run, long cost, Option<IdempotencyRecord> completedKey) {
        if (cost < 0) throw new IllegalArgumentException("cost cannot be negative");
        boolean accepted = dialect instanceof PostgresDialect
                ? jdbi.withHandle(h -> acceptInOneStatement(h, run, cost, completedKey))
                : jdbi.inTransaction(h -> acceptInTransaction(h, run, cost, completedKey));
        if (accepted) queued.run();
        return accepted;
    }

    private boolean acceptInTransaction(Handle h, Run run, long cost, Option<IdempotencyRecord> completedKey) {
        if (!debit(h, run.tenantId(), cost)) return false;
        h.createUpdate(JdbcRunRepository.INSERT).bindMethods(RunRow.of(run)).execute();
        completedKey.forEach(k -> h.createUpdate(dialect.upsertIdempotencySql()).bindMethods(IdempotencyRow.of(k)).execute());
        h.createUpdate("INSERT INTO run_queue (run_id, enqueued_at, available_at) VALUES (:id, :at, :at)")
                .bind("id", run.id().value())
                .bind("at", EpochNanos.of(run.createdAt()))
                .execute();
        return true;
    }

    /**
     * PostgreSQL: the same transaction as one statement (data-modifying CTEs, each step feeding on the one before),
     * so an accept costs one round trip instead of five. A statement is atomic on its own: all or nothing.
     */
    private static boolean acceptInOneStatement(Handle h, Run run, long cost, Option<IdempotencyRecord> completedKey) {
        String paid = cost == 0
                ? "SELECT id FROM tenants WHERE id = :tenantId AND status = 'active'"
                : "UPDATE tenants SET credits = credits - :cost WHERE id = :tenantId AND status = 'active' AND credits >= :cost RETURNING id";
        String idempotency = completedKey.isEmpty() ? "" : """
                , completed AS (
                    INSERT INTO idempotency_keys (key_hash, fingerprint, run_id, locked_until, expires_at)
                    SELECT :keyHash, :fingerprint, id, :lockedUntil, :expiresAt FROM accepted
                    ON CONFLICT (key_hash) DO UPDATE
                       SET fingerprint = EXCLUDED.fingerprint, run_id = EXCLUDED.run_id,
                           locked_until = EXCLUDED.locked_until, expires_at = EXCLUDED.expires_at)
                """;
        var statement = h.createQuery("WITH paid AS (" + paid + """
                        ), accepted AS (
                            INSERT INTO runs (id, tenant_id, environment, status, template_id, subject_type, subject_doc,
                                              subject_name, external_id, metadata, webhook_url, decision, risk_band, reasons,
                                              sources, created_at, completed_at)
                            SELECT :id, :tenantId, :environment, :status, :templateId, :subjectType, :subjectDoc,
                                   :subjectName, :externalId, :metadata, :webhookUrl, :decision, :riskBand, :reasons,
                                   :sources, :createdAt, :completedAt
                              FROM paid
                            RETURNING id
                        ), queued AS (
                            INSERT INTO run_queue (run_id, enqueued_at, available_at)
                            SELECT id, :createdAt, :createdAt FROM accepted
                            RETURNING run_id
                        )""" + idempotency + """
                        SELECT count(*) FROM queued
                        """)
                .bindMethods(RunRow.of(run))
                .bind("cost", cost);
        completedKey.forEach(k -> statement.bindMethods(IdempotencyRow.of(k)));
        return statement.mapTo(Long.class).one() == 1;
    }

    /** Takes the cost only from an active tenant that can pay; the row lock serializes concurrent accepts. */
    private static boolean debit(Handle h, TenantId tenant, long cost) {
        if (cost == 0) {
            return h.createQuery("SELECT count(*) FROM tenants WHERE id = :id AND status = 'active'")
                    .bind("id", tenant.value())
                    .mapTo(Long.class)
                    .one() == 1;
        }
        return h.createUpdate("""
                        UPDATE tenants SET credits = credits - :cost
                         WHERE id = :id AND status = 'active' AND credits >= :cost
                        """)
                .bind("cost", cost)
                .bind("id", tenant.value())
                .execute() == 1;
    }
}
