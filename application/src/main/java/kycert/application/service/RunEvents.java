package kycert.application.service;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kycert.application.port.out.EventPayloadPort;
import kycert.application.port.out.RandomnessPort;
import kycert.application.port.out.WebhookEndpointStorePort;
import kycert.domain.apikey.Base62;
import kycert.domain.run.Run;
import kycert.domain.run.RunStatus;
import kycert.domain.tenant.TenantId;
import kycert.domain.webhook.EventType;
import kycert.domain.webhook.WebhookDelivery;
import kycert.domain.webhook.WebhookEndpoint;

/** The outbox rows a run's end produces: one event, one delivery per endpoint and one for the run's own URL. */
public final class RunEvents {
    private final WebhookEndpointStorePort endpoints;
    private final EventPayloadPort payloads;
    private final RandomnessPort randomness;

    public RunEvents(WebhookEndpointStorePort endpoints, EventPayloadPort payloads, RandomnessPort randomness) {
        this.endpoints = endpoints;
        this.payloads = payloads;
        this.randomness = randomness;
    }

    public List<WebhookDelivery> forEnded(Run run, Instant now) {
        return forEnded(run, now, endpointsOf(run.tenantId()));
    }

    /** The tenant's registered endpoints, to reuse for several of its runs ended together. */
    public List<WebhookEndpoint> endpointsOf(TenantId tenant) {
        return endpoints.list(tenant);
    }

    /** The outbox rows for {@code run}, ended at {@code now}, given its tenant's endpoints {@code targets}. */
    public List<WebhookDelivery> forEnded(Run run, Instant now, List<WebhookEndpoint> targets) {
        EventType type = run.status() == RunStatus.FAILED ? EventType.RUN_FAILED : EventType.RUN_COMPLETED;
        if (targets.isEmpty() && run.webhookUrl().isEmpty()) return List.of();
        String eventId = "evt_" + Base62.random(randomness.secure(), 24);
        String payload = payloads.render(eventId, type, now, run);
        List<WebhookDelivery> out = new ArrayList<>();
        for (WebhookEndpoint e : targets) {
            out.add(WebhookDelivery.pending(randomness.uuid(), run.tenantId(), eventId, type, Option.of(e.id()), e.url(), payload, now));
        }
        run.webhookUrl().forEach(url -> out.add(
                WebhookDelivery.pending(randomness.uuid(), run.tenantId(), eventId, type, Option.none(), url, payload, now)));
        return out;
    }
}
