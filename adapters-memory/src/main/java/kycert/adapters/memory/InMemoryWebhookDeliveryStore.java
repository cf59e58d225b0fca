package kycert.adapters.memory;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import kycert.application.port.out.WebhookDeliveryStorePort;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.tenant.TenantId;
import kycert.domain.webhook.DeliveryStatus;
import kycert.domain.webhook.WebhookDelivery;

/**
 * The webhook outbox in memory: deliveries plus the lease each claimed one holds, read and changed under one lock, so
 * a claim never sees a delivery half saved and a reader never sees an ended run before its outbox.
 */
public final class InMemoryWebhookDeliveryStore implements WebhookDeliveryStorePort {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<UUID, WebhookDelivery> deliveries = new LinkedHashMap<>();
    private final Map<UUID, Instant> leases = new HashMap<>();

    /**
     * Writes the outbox if {@code end} — the run's own compare-and-set — succeeds, both under the lock: whoever saw
     * the run end waits here until its deliveries are in.
     */
    boolean insertAllIf(BooleanSupplier end, List<WebhookDelivery> outbox) {
        lock.lock();
        try {
            if (!end.getAsBoolean()) return false;
            outbox.forEach(d -> deliveries.put(d.id(), d));
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<WebhookDelivery> claimDue(Instant now, Duration lease, int max) {
        lock.lock();
        try {
            List<WebhookDelivery> out = new ArrayList<>();
            for (WebhookDelivery d : deliveries.values()) {
                if (out.size() >= max) break;
                boolean due = d.status() == DeliveryStatus.PENDING && d.nextAttemptAt().exists(t -> !t.isAfter(now));
                Instant leased = leases.get(d.id());
                if (due && (leased == null || !leased.isAfter(now))) {
                    leases.put(d.id(), now.plus(lease));
                    out.add(d);
                }
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void save(WebhookDelivery delivery) {
        lock.lock();
        try {
            // only a delivery the outbox holds: deliveries get in with their run's end, never here
            if (deliveries.replace(delivery.id(), delivery) != null) leases.remove(delivery.id());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<WebhookDelivery> list(TenantId tenant, Option<Position> after, int limit) {
        lock.lock();
        try {
            return NewestFirst.page(deliveries.values().stream().filter(d -> d.tenantId().equals(tenant)),
                    d -> new Position(d.createdAt(), d.id()), after, limit);
        } finally {
            lock.unlock();
        }
    }
}
