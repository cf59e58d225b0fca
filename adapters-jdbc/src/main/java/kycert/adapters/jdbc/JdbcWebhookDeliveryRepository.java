package kycert.adapters.jdbc;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kycert.application.port.out.WebhookDeliveryStorePort;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.tenant.TenantId;
import kycert.domain.webhook.WebhookDelivery;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The webhook outbox in {@code webhook_deliveries}. Rows are inserted by {@link JdbcRunCompletion}; senders on any
 * node claim due ones under a lease ({@code available_at}), and {@link #save} records the attempt and ends the lease.
 */
final class JdbcWebhookDeliveryRepository implements WebhookDeliveryStorePort {
    private static final String COLUMNS = """
            id, tenant_id, event_id, event_type, endpoint_id, url, payload, status, attempts, next_attempt_at, created_at,
            available_at""";

    private final Jdbi jdbi;
    private final Dialect dialect;

    JdbcWebhookDeliveryRepository(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    /** Inserts the outbox rows inside the caller's transaction. */
    static void insert(Handle h, List<WebhookDelivery> outbox) {
        if (outbox.isEmpty()) return;
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO webhook_deliveries (id, tenant_id, event_id, event_type, endpoint_id, url, payload, status,
                                                attempts, next_attempt_at, created_at, available_at)
                VALUES (:id, :tenantId, :eventId, :eventType, CAST(:endpointId AS UUID), :url, :payload, :status,
                        :attempts, :nextAttemptAt, :createdAt, :availableAt)
                """);
        outbox.forEach(d -> batch.bindMethods(WebhookDeliveryRow.of(d)).add());
        batch.execute();
    }

    @Override
    public List<WebhookDelivery> claimDue(Instant now, Duration lease, int max) {
        long at = EpochNanos.of(now);
        return jdbi.inTransaction(h -> {
            List<UUID> ids = dialect.claim(h, WorkTable.WEBHOOK_DELIVERIES, at, Math.addExact(at, EpochNanos.of(lease)), max);
            if (ids.isEmpty()) return List.<WebhookDelivery>of();
            return h.createQuery("SELECT " + COLUMNS + " FROM webhook_deliveries WHERE id IN (<ids>) ORDER BY next_attempt_at, id")
                    .bindList("ids", ids)
                    .mapTo(WebhookDeliveryRow.class)
                    .stream().map(WebhookDeliveryRow::toDomain).toList();
        });
    }

    @Override
    public void save(WebhookDelivery delivery) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE webhook_deliveries
                           SET status = :status, attempts = :attempts, next_attempt_at = :nextAttemptAt,
                               available_at = :availableAt
                         WHERE id = :id
                        """)
                .bindMethods(WebhookDeliveryRow.of(delivery))
                .execute());
    }

    @Override
    public List<WebhookDelivery> list(TenantId tenant, Option<Position> after, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM webhook_deliveries WHERE tenant_id = :tenant"
                + NewestFirst.after("created_at", after) + NewestFirst.orderAndLimit("created_at");
        return jdbi.withHandle(h -> NewestFirst.bind(h.createQuery(sql).bind("tenant", tenant.value()), after, limit)
                        .mapTo(WebhookDeliveryRow.class).list())
                .stream().map(WebhookDeliveryRow::toDomain).toList();
    }
}
