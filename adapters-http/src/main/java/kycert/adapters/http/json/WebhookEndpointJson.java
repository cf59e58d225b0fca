package kycert.adapters.http.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import kycert.domain.webhook.WebhookEndpoint;
import kycert.domain.webhook.WebhookSecret;

/** A webhook endpoint; {@code secret}, its {@code whsec_} signing secret, only in the answer that registers it. */
public record WebhookEndpointJson(String id, String object, String url, String createdAt,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String secret) implements ShownOnce {
    public static final String OBJECT = "webhook_endpoint";

    public static WebhookEndpointJson of(WebhookEndpoint endpoint) {
        return of(endpoint, null);
    }

    public static WebhookEndpointJson registered(WebhookEndpoint endpoint, WebhookSecret secret) {
        return of(endpoint, secret.value());
    }

    private static WebhookEndpointJson of(WebhookEndpoint endpoint, String secret) {
        return new WebhookEndpointJson(endpoint.id().toString(), OBJECT, endpoint.url(), Timestamps.format(endpoint.createdAt()),
                secret);
    }

    @Override
    public WebhookEndpointJson withoutSecret() {
        return new WebhookEndpointJson(id, object, url, createdAt, null);
    }

    @Override
    public String toString() {
        // a record's toString would print the secret
        return "WebhookEndpointJson[id=" + id + "]";
    }
}
