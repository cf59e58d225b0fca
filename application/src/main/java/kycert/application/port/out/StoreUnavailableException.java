package kycert.application.port.out;

import java.time.Duration;
import java.util.Objects;

/**
 * What any store port may throw when its database cannot answer now — closed, unreachable, out of disk space, out
 * of connections, timed out — as opposed to a bug. The operation did not complete as far as the caller can tell;
 * trying again after {@link #retryAfter()} may succeed (a POST with the same Idempotency-Key is safe to repeat).
 * The message names the kind of failure only, never a value the operation carried.
 */
public final class StoreUnavailableException extends RuntimeException {
    private final transient Duration retryAfter;

    public StoreUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long a caller should wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
