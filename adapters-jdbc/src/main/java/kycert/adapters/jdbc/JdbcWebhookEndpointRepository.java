package kycert.adapters.jdbc;

import io.vavr.control.Option;
import java.util.List;
import kycert.application.port.out.WebhookEndpointStorePort;
import kycert.domain.tenant.TenantId;
import kycert.domain.webhook.WebhookEndpoint;
import kycert.domain.webhook.WebhookEndpointId;
import org.jdbi.v3.core.Jdbi;

/** A tenant's webhook endpoints in {@code webhook_endpoints}. */
final class JdbcWebhookEndpointRepository implements WebhookEndpointStorePort {
    private static final String COLUMNS = "id, tenant_id, url, sealed_secret, created_at";

    private final Jdbi jdbi;

    JdbcWebhookEndpointRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean insertWithin(WebhookEndpoint endpoint, int max) {
        return jdbi.inTransaction(h -> {
            TenantLock.hold(h, endpoint.tenantId().value());
            long count = h.createQuery("SELECT count(*) FROM webhook_endpoints WHERE tenant_id = :tenant")
                    .bind("tenant", endpoint.tenantId().value()).mapTo(Long.class).one();
            if (count >= max) return false;
            h.createUpdate("""
                            INSERT INTO webhook_endpoints (id, tenant_id, url, sealed_secret, created_at)
                            VALUES (:id, :tenantId, :url, :sealedSecret, :createdAt)
                            """)
                    .bindMethods(WebhookEndpointRow.of(endpoint))
                    .execute();
            return true;
        });
    }

    @Override
    public List<WebhookEndpoint> list(TenantId tenant) {
        return jdbi.withHandle(h -> h.createQuery(
                                "SELECT " + COLUMNS + " FROM webhook_endpoints WHERE tenant_id = :tenant ORDER BY created_at DESC, id DESC")
                        .bind("tenant", tenant.value())
                        .mapTo(WebhookEndpointRow.class)
                        .list())
                .stream().map(WebhookEndpointRow::toDomain).toList();
    }

    @Override
    public Option<WebhookEndpoint> find(TenantId tenant, WebhookEndpointId id) {
        return jdbi.withHandle(h -> Option.ofOptional(h.createQuery(
                                "SELECT " + COLUMNS + " FROM webhook_endpoints WHERE id = :id AND tenant_id = :tenant")
                        .bind("id", id.value())
                        .bind("tenant", tenant.value())
                        .mapTo(WebhookEndpointRow.class)
                        .findOne()))
                .map(WebhookEndpointRow::toDomain);
    }

    @Override
    public boolean delete(TenantId tenant, WebhookEndpointId id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM webhook_endpoints WHERE id = :id AND tenant_id = :tenant")
                .bind("id", id.value())
                .bind("tenant", tenant.value())
                .execute()) == 1;
    }
}
