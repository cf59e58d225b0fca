package kycert.application.service;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kycert.application.port.in.DeliverWebhooksUseCase;
import kycert.application.port.out.RandomnessPort;
import kycert.application.port.out.WebhookDeliveryStorePort;
import kycert.application.port.out.WebhookEndpointStorePort;
import kycert.application.port.out.WebhookSenderPort;
import kycert.domain.webhook.DeliveryAttempt;
import kycert.domain.webhook.SecretBox;
import kycert.domain.webhook.WebhookDelivery;
import kycert.domain.webhook.WebhookEndpoint;
import kycert.domain.webhook.WebhookSignature;

/**
 * Sends due deliveries: signs the stored payload afresh (new timestamp, same event id and body), records the
 * attempt, and reschedules with backoff until a 2xx or the 24 h horizon.
 */
public final class WebhookDeliveryService implements DeliverWebhooksUseCase {
    /** Longer than the sender's 10 s timeout, so a live attempt is never claimed twice. */
    public static final Duration LEASE = Duration.ofSeconds(30);
    public static final int BATCH = 16;

    private final WebhookDeliveryStorePort deliveries;
    private final WebhookEndpointStorePort endpoints;
    private final WebhookSenderPort sender;
    private final SecretBox box;
    private final RandomnessPort randomness;
    private final Clock clock;

    public WebhookDeliveryService(WebhookDeliveryStorePort deliveries, WebhookEndpointStorePort endpoints, WebhookSenderPort sender,
                                  SecretBox box, RandomnessPort randomness, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.sender = sender;
        this.box = box;
        this.randomness = randomness;
        this.clock = clock;
    }

    @Override
    public int deliverDue() {
        List<WebhookDelivery> due = deliveries.claimDue(clock.instant(), LEASE, BATCH);
        for (WebhookDelivery d : due) deliver(d);
        return due.size();
    }

    private void deliver(WebhookDelivery d) {
        int number = d.attempts().size() + 1;
        Instant now = clock.instant();
        DeliveryAttempt attempt;
        Option<List<String>> secrets = secretsFor(d);
        if (secrets.isEmpty()) {
            attempt = new DeliveryAttempt(number, now, Option.none(), Option.of("endpoint deleted"), 0);
            deliveries.save(d.after(attempt, now, randomness.secure()));
            return;
        }
        if (sender.checkTarget(d.url()).isLeft()) {
            attempt = new DeliveryAttempt(number, now, Option.none(), Option.of("target address refused"), 0);
        } else {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put("User-Agent", "kycert-webhooks/1");
            headers.put("kycert-event-id", d.eventId());
            headers.put("kycert-delivery-attempt", Integer.toString(number));
            if (!secrets.get().isEmpty()) headers.put(WebhookSignature.HEADER, WebhookSignature.header(secrets.get(), now.getEpochSecond(), d.payload()));
            attempt = sender.send(d.url(), headers, d.payload(), number, now);
        }
        deliveries.save(d.after(attempt, clock.instant(), randomness.secure()));
    }

    /** The endpoint's secret; for a run's own URL, every current endpoint's (none if it has none); none if the endpoint is gone. */
    private Option<List<String>> secretsFor(WebhookDelivery d) {
        if (d.endpointId().isDefined()) {
            return endpoints.find(d.tenantId(), d.endpointId().get()).map(e -> List.of(box.open(e.sealedSecret())));
        }
        List<String> all = new ArrayList<>();
        for (WebhookEndpoint e : endpoints.list(d.tenantId())) all.add(box.open(e.sealedSecret()));
        return Option.of(all);
    }
}
