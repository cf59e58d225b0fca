package kycert.adapters.http.json;

import java.util.List;
import kycert.domain.webhook.DeliveryAttempt;
import kycert.domain.webhook.WebhookDelivery;

/** One event's delivery to one URL, with every attempt made so far. */
public record WebhookDeliveryJson(String id, String object, String eventId, String eventType, String endpointId, String url,
                                  String status, List<Attempt> attempts, String nextAttemptAt, String createdAt) {

    /** One attempt: when, the receiver's status code or the transport error, and how long it took. */
    public record Attempt(int number, String at, Integer statusCode, String error, long durationMs) {
        static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.number(), Timestamps.format(a.at()), a.statusCode().getOrNull(), a.error().getOrNull(),
                    a.durationMs());
        }
    }

    public static WebhookDeliveryJson of(WebhookDelivery d) {
        return new WebhookDeliveryJson(d.id().toString(), "webhook_delivery", d.eventId(), d.eventType().wire(),
                d.endpointId().map(Object::toString).getOrNull(), d.url(), d.status().wire(),
                d.attempts().stream().map(Attempt::of).toList(), Timestamps.format(d.nextAttemptAt()),
                Timestamps.format(d.createdAt()));
    }
}
