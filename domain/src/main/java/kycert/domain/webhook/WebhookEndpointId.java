package kycert.domain.webhook;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.UUID;
import kycert.domain.tenant.Ids;

/** A webhook endpoint's identifier. */
public record WebhookEndpointId(UUID value) {
    public WebhookEndpointId { Objects.requireNonNull(value); }

    public static Option<WebhookEndpointId> parse(String s) { return Ids.uuid(s).map(WebhookEndpointId::new); }

    @Override public String toString() { return value.toString(); }
}
