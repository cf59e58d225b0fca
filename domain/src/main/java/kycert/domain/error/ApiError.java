package kycert.domain.error;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/** An error as a value: its code, the message a user reads, the offending parameter and an optional retry hint. */
public record ApiError(ErrorCode code, String message, Option<String> param, Option<Duration> retryAfter) {

    public ApiError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(param, "param");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public static ApiError of(ErrorCode code) {
        return new ApiError(code, code.defaultMessage(), Option.of(code.defaultParam()), Option.none());
    }

    public static ApiError of(ErrorCode code, String message) {
        return new ApiError(code, message, Option.of(code.defaultParam()), Option.none());
    }

    public static ApiError of(ErrorCode code, String message, String param) {
        return new ApiError(code, message, Option.of(param), Option.none());
    }

    public ApiError withParam(String newParam) {
        return new ApiError(code, message, Option.of(newParam), retryAfter);
    }

    public ApiError withRetryAfter(Duration after) {
        return new ApiError(code, message, param, Option.of(after));
    }
}
