package kycert.domain.webhook;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;
import kycert.domain.tenant.TenantId;

/**
 * One event on its way to one URL: the exact payload (same event id and body on every attempt), its attempts,
 * and when to try next. Written in the same transaction as the run's completion (the outbox).
 */
public record WebhookDelivery(UUID id, TenantId tenantId, String eventId, EventType eventType,
                              Option<WebhookEndpointId> endpointId, String url, String payload, DeliveryStatus status,
                              List<DeliveryAttempt> attempts, Option<Instant> nextAttemptAt, Instant createdAt) {
    public WebhookDelivery {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(eventType);
        Objects.requireNonNull(endpointId);
        Objects.requireNonNull(url);
        Objects.requireNonNull(payload);
        Objects.requireNonNull(status);
        attempts = List.copyOf(attempts);
        Objects.requireNonNull(nextAttemptAt);
        Objects.requireNonNull(createdAt);
    }

    public static WebhookDelivery pending(UUID id, TenantId tenant, String eventId, EventType type,
                                          Option<WebhookEndpointId> endpoint, String url, String payload, Instant now) {
        return new WebhookDelivery(id, tenant, eventId, type, endpoint, url, payload, DeliveryStatus.PENDING, List.of(), Option.of(now), now);
    }

    /** The delivery after one more attempt: delivered on a 2xx, else rescheduled with backoff or given up. */
    public WebhookDelivery after(DeliveryAttempt attempt, Instant now, RandomGenerator random) {
        List<DeliveryAttempt> all = new ArrayList<>(attempts);
        all.add(attempt);
        if (attempt.succeeded()) {
            return new WebhookDelivery(id, tenantId, eventId, eventType, endpointId, url, payload, DeliveryStatus.SUCCEEDED, all, Option.none(), createdAt);
        }
        Option<Instant> next = BackoffSchedule.next(createdAt, now, all.size(), random);
        DeliveryStatus s = next.isEmpty() ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
        return new WebhookDelivery(id, tenantId, eventId, eventType, endpointId, url, payload, s, all, next, createdAt);
    }
}
