package kycert.application.port.out;

import java.time.Instant;
import kycert.domain.run.Run;
import kycert.domain.webhook.EventType;

/** Renders an event body exactly as the API shows the run, so a webhook and a GET agree. */
public interface EventPayloadPort {
    String render(String eventId, EventType type, Instant created, Run run);
}
