package kycert.domain.webhook;

import io.vavr.control.Option;
import java.time.Instant;

/** One try at delivering: when, what the receiver answered (or the transport error), how long it took. */
public record DeliveryAttempt(int number, Instant at, Option<Integer> statusCode, Option<String> error, long durationMs) {
    public boolean succeeded() {
        return statusCode.exists(s -> s >= 200 && s < 300);
    }
}
