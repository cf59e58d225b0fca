package kycert.application.port.out;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.Map;
import kycert.domain.error.ApiError;
import kycert.domain.webhook.DeliveryAttempt;

/** Sends a signed event over HTTP and says whether a URL may be a target at all (SSRF policy). */
public interface WebhookSenderPort {
    /** POSTs {@code body} with {@code headers}; a timeout or transport failure is an attempt with an error. */
    DeliveryAttempt send(String url, Map<String, String> headers, String body, int attemptNumber, Instant now);

    /** The URL if it is an acceptable target (scheme, and no loopback/private address unless allowed). */
    Either<ApiError, String> checkTarget(String url);
}
