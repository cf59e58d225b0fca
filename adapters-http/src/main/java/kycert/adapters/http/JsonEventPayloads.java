package kycert.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import kycert.adapters.http.json.RunJson;
import kycert.application.port.out.EventPayloadPort;
import kycert.domain.apikey.Environment;
import kycert.domain.run.Run;
import kycert.domain.webhook.EventType;

/** Event bodies in kycert's envelope, the run rendered exactly as GET /bureau/runs/{id} renders it. */
public final class JsonEventPayloads implements EventPayloadPort {

    /** {@code {id, object:"event", type, created, livemode, data:{object: <run>}}}. */
    record EventJson(String id, String object, String type, long created, boolean livemode, Data data) {}

    /** The event's payload. */
    record Data(RunJson object) {}

    @Override
    public String render(String eventId, EventType type, Instant created, Run run) {
        EventJson event = new EventJson(eventId, "event", type.wire(), created.getEpochSecond(),
                run.environment() == Environment.LIVE, new Data(RunJson.of(run)));
        try {
            return Json.MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render an event", e);
        }
    }
}
