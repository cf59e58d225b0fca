package kycert.application.port.out;

import io.vavr.control.Option;
import java.util.List;
import kycert.domain.tenant.TenantId;
import kycert.domain.webhook.WebhookEndpoint;
import kycert.domain.webhook.WebhookEndpointId;

/** A tenant's webhook endpoints. */
public interface WebhookEndpointStorePort {
    /**
     * Inserts the endpoint unless its tenant already has {@code max} endpoints; false, and nothing stored, when it
     * has. Atomic for the tenant: concurrent inserts on any node never end above the cap.
     */
    boolean insertWithin(WebhookEndpoint endpoint, int max);

    /** Inserts without a cap (seeding, tests). */
    default void insert(WebhookEndpoint endpoint) {
        insertWithin(endpoint, Integer.MAX_VALUE);
    }

    /** Newest first. */
    List<WebhookEndpoint> list(TenantId tenant);

    Option<WebhookEndpoint> find(TenantId tenant, WebhookEndpointId id);

    /** False when there was no such endpoint for this tenant. */
    boolean delete(TenantId tenant, WebhookEndpointId id);
}
