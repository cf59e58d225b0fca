package kycert.application.port.out;

import io.vavr.control.Option;
import java.util.List;
import kycert.domain.tenant.TenantId;
import kycert.domain.webhook.WebhookEndpoint;
import kycert.domain.webhook.WebhookEndpointId;

/** A tenant's webhook endpoints. */
public interface WebhookEndpointStorePort {
    void insert(WebhookEndpoint endpoint);

    /** Newest first. */
    List<WebhookEndpoint> list(TenantId tenant);

    Option<WebhookEndpoint> find(TenantId tenant, WebhookEndpointId id);

    /** False when there was no such endpoint for this tenant. */
    boolean delete(TenantId tenant, WebhookEndpointId id);
}
