package kycert.adapters.jdbc;

import java.util.UUID;
import kycert.domain.tenant.TenantId;
import kycert.domain.webhook.WebhookEndpoint;
import kycert.domain.webhook.WebhookEndpointId;

/** A {@code webhook_endpoints} row; the secret stays sealed. Public only so Jdbi can map and bind it. */
public record WebhookEndpointRow(UUID id, UUID tenantId, String url, String sealedSecret, long createdAt) {
    static WebhookEndpointRow of(WebhookEndpoint e) {
        return new WebhookEndpointRow(e.id().value(), e.tenantId().value(), e.url(), e.sealedSecret(), EpochNanos.of(e.createdAt()));
    }

    WebhookEndpoint toDomain() {
        return new WebhookEndpoint(new WebhookEndpointId(id), new TenantId(tenantId), url, sealedSecret, EpochNanos.instant(createdAt));
    }
}
