package kycert.adapters.memory;

import kycert.application.port.out.ManagementPorts;
import kycert.application.port.out.Ports;

/** Wires every in-memory adapter: the data plane's {@link Ports} and the management plane's stores. Nothing is kept when the process ends. */
public record InMemoryAdapters(Ports ports, ManagementPorts management) {

    /** A fresh, empty set of every store, the data plane's sharing one acceptance lock. */
    public static InMemoryAdapters createAll() {
        InMemoryTenantStore tenants = new InMemoryTenantStore();
        InMemoryRunStore runs = new InMemoryRunStore();
        CaffeineIdempotencyStore idempotency = new CaffeineIdempotencyStore();
        InMemoryRunQueue queue = new InMemoryRunQueue();
        Ports ports = new Ports(tenants, new InMemoryApiKeyStore(), new InMemoryTemplateStore(), runs, idempotency,
                new CaffeineRateWindows(), new InMemoryAcceptRun(tenants, runs, idempotency, queue), queue,
                new FixtureBureau(), new SecureRandomness(), new InMemoryListVersions());
        InMemoryWebhookDeliveryStore deliveries = new InMemoryWebhookDeliveryStore();
        ManagementPorts management = new ManagementPorts(new InMemoryUserStore(), new InMemoryWebhookEndpointStore(),
                deliveries, new InMemoryAuditLog(), new InMemoryRunCompletion(runs, deliveries, queue),
                new InMemoryLoginAttempts());
        return new InMemoryAdapters(ports, management);
    }

    /** A fresh, empty set of the data plane's stores. */
    public static Ports create() {
        return createAll().ports();
    }
}
