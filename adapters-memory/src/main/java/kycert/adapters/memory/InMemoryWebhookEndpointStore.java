package kycert.adapters.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import kycert.application.port.out.WebhookEndpointStorePort;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.tenant.TenantId;
import kycert.domain.webhook.WebhookEndpoint;
import kycert.domain.webhook.WebhookEndpointId;

/** Webhook endpoints in a map, listed in the order every store lists (newest first, ties by id). */
public final class InMemoryWebhookEndpointStore implements WebhookEndpointStorePort {
    private final ConcurrentHashMap<WebhookEndpointId, WebhookEndpoint> endpoints = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean insertWithin(WebhookEndpoint endpoint, int max) {
        if (endpoints.values().stream().filter(e -> e.tenantId().equals(endpoint.tenantId())).count() >= max) return false;
        endpoints.put(endpoint.id(), endpoint);
        return true;
    }

    @Override
    public List<WebhookEndpoint> list(TenantId tenant) {
        return endpoints.values().stream().filter(e -> e.tenantId().equals(tenant))
                .sorted(Comparator.comparing(e -> new Position(e.createdAt(), e.id().value()), NewestFirst.ORDER)).toList();
    }

    @Override
    public Option<WebhookEndpoint> find(TenantId tenant, WebhookEndpointId id) {
        return Option.of(endpoints.get(id)).filter(e -> e.tenantId().equals(tenant));
    }

    @Override
    public boolean delete(TenantId tenant, WebhookEndpointId id) {
        return find(tenant, id).map(e -> endpoints.remove(id, e)).getOrElse(false);
    }
}
