package kycert.adapters.jdbc;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kycert.domain.tenant.TenantId;
import kycert.domain.webhook.DeliveryAttempt;
import kycert.domain.webhook.DeliveryStatus;
import kycert.domain.webhook.EventType;
import kycert.domain.webhook.WebhookDelivery;
import kycert.domain.webhook.WebhookEndpointId;

/**
 * A {@code webhook_deliveries} row: attempts as JSON, and {@code availableAt} — when a sender may claim it — derived
 * from the delivery (its next attempt while pending, never once done). Public only so Jdbi can map and bind it.
 */
public record WebhookDeliveryRow(UUID id, UUID tenantId, String eventId, String eventType, UUID endpointId, String url,
                                 String payload, String status, String attempts, Long nextAttemptAt, long createdAt,
                                 Long availableAt) {

    static WebhookDeliveryRow of(WebhookDelivery d) {
        Long next = EpochNanos.of(d.nextAttemptAt());
        return new WebhookDeliveryRow(d.id(), d.tenantId().value(), d.eventId(), d.eventType().wire(),
                d.endpointId().map(WebhookEndpointId::value).getOrNull(), d.url(), d.payload(), d.status().wire(),
                attempts(d.attempts()), next, EpochNanos.of(d.createdAt()), d.status() == DeliveryStatus.PENDING ? next : null);
    }

    WebhookDelivery toDomain() {
        return new WebhookDelivery(id, new TenantId(tenantId), eventId, eventType(eventType),
                Option.of(endpointId).map(WebhookEndpointId::new), url, payload, status(status), attempts(attempts),
                EpochNanos.optional(nextAttemptAt), EpochNanos.instant(createdAt));
    }

    private static String attempts(List<DeliveryAttempt> attempts) {
        List<Object> out = new ArrayList<>(attempts.size());
        for (DeliveryAttempt a : attempts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", a.number());
            m.put("at", EpochNanos.of(a.at()));
            m.put("status_code", a.statusCode().getOrNull());
            m.put("error", a.error().getOrNull());
            m.put("duration_ms", a.durationMs());
            out.add(m);
        }
        return Json.write(out);
    }

    private static List<DeliveryAttempt> attempts(String json) {
        List<DeliveryAttempt> out = new ArrayList<>();
        for (Object o : (List<?>) Json.read(json)) {
            Map<?, ?> m = (Map<?, ?>) o;
            out.add(new DeliveryAttempt(((Long) m.get("number")).intValue(), EpochNanos.instant((Long) m.get("at")),
                    Option.of((Long) m.get("status_code")).map(Long::intValue), Option.of((String) m.get("error")),
                    (Long) m.get("duration_ms")));
        }
        return out;
    }

    private static EventType eventType(String wire) {
        for (EventType t : EventType.values()) if (t.wire().equals(wire)) return t;
        throw Wire.corrupt("event type", wire);
    }

    private static DeliveryStatus status(String wire) {
        for (DeliveryStatus s : DeliveryStatus.values()) if (s.wire().equals(wire)) return s;
        throw Wire.corrupt("delivery status", wire);
    }
}
