package kycert.domain.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * The outcome of one request against a key's rolling window: whether it was admitted, the limit, how many
 * remain, when the window next frees a slot ({@code resetAt}) and, when refused, how long to wait.
 */
public record RateDecision(boolean admitted, int limit, int remaining, Instant resetAt, Duration retryAfter) {

    /** Reset as Unix seconds, rounded up so a client never retries too early. */
    public long resetEpochSeconds() {
        long s = resetAt.getEpochSecond();
        return resetAt.getNano() > 0 ? s + 1 : s;
    }

    /** Retry-After in whole seconds, at least 1. */
    public long retryAfterSeconds() {
        long ms = retryAfter.toMillis();
        return Math.max(1, (ms + 999) / 1000);
    }
}
