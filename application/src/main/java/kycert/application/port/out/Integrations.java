package kycert.application.port.out;

import io.vavr.control.Either;
import java.util.Objects;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.webhook.DeliveryAttempt;

/** What kycert needs from outside the stores: a password KDF, an HTTP sender for webhooks, the event renderer. */
public record Integrations(PasswordHasherPort passwords, WebhookSenderPort webhooks, EventPayloadPort payloads) {
    public Integrations {
        Objects.requireNonNull(passwords);
        Objects.requireNonNull(webhooks);
        Objects.requireNonNull(payloads);
    }

    /** For embedders that use runs only: no logins, and webhook targets are refused (so no event is ever rendered). */
    public static Integrations offline() {
        PasswordHasherPort noPasswords = new PasswordHasherPort() {
            @Override public String hash(kycert.domain.user.Password p) { throw new UnsupportedOperationException("no password hasher configured"); }
            @Override public boolean verify(kycert.domain.user.Password p, String h) { return false; }
            @Override public void verifyDummy(kycert.domain.user.Password p) { }
        };
        WebhookSenderPort noWebhooks = new WebhookSenderPort() {
            @Override public DeliveryAttempt send(String url, java.util.Map<String, String> h, String b, int n, java.time.Instant now) {
                return new DeliveryAttempt(n, now, io.vavr.control.Option.none(), io.vavr.control.Option.of("webhooks are not configured"), 0);
            }
            @Override public Either<ApiError, String> checkTarget(String url) {
                return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "Webhooks are not configured in this embedding.", "url"));
            }
        };
        EventPayloadPort noPayloads = (id, type, created, run) -> {
            throw new UnsupportedOperationException("webhooks are not configured");
        };
        return new Integrations(noPasswords, noWebhooks, noPayloads);
    }
}
