package kycert.domain.webhook;

import java.time.Instant;
import java.util.Objects;
import kycert.domain.tenant.TenantId;

/** Where a tenant receives its events; the signing secret is kept sealed ({@link SecretBox}). */
public record WebhookEndpoint(WebhookEndpointId id, TenantId tenantId, String url, String sealedSecret, Instant createdAt) {
    public WebhookEndpoint {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(url);
        Objects.requireNonNull(sealedSecret);
        Objects.requireNonNull(createdAt);
    }
}
