package kycert.adapters.http;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.ratelimit.RateDecision;

/**
 * The operator plane's door: a client address with too many wrong tokens is refused first (429, its token unchecked),
 * then {@code Authorization: Bearer <KYCERT_ADMIN_TOKEN>} (compared in constant time), then the API version.
 */
final class AdminGate {
    /** The shortest operator token the server accepts at start. */
    static final int MIN_TOKEN_LENGTH = 32;

    private final BearerSecret token;
    private final OperatorThrottle throttle;

    AdminGate(String adminToken, Clock clock) {
        if (adminToken.length() < MIN_TOKEN_LENGTH) throw new IllegalArgumentException("the operator token is too short");
        this.token = new BearerSecret(adminToken);
        this.throttle = new OperatorThrottle(clock);
    }

    Either<ApiError, String> admit(Exchange ex) {
        String address = ClientAddress.of(ex);
        RateDecision allowed = throttle.check(address);
        if (!allowed.admitted()) {
            return Either.left(ApiError.of(ErrorCode.RATE_LIMIT_EXCEEDED,
                    "Too many wrong operator tokens from this address; wait for Retry-After seconds.", null)
                    .withRetryAfter(Duration.ofSeconds(allowed.retryAfterSeconds())));
        }
        String presented = Credentials.bearer(ex.header(KycertHeaders.AUTHORIZATION));
        if (presented == null) return unauthorized(ex, ErrorCode.MISSING_TOKEN);
        if (!token.matches(presented)) {
            throttle.failed(address);
            return unauthorized(ex, ErrorCode.INVALID_TOKEN);
        }
        ex.caller("operator");
        return ex.version().map(v -> "operator");
    }

    /** The endpoint behind this gate. */
    Endpoint guard(Endpoint inner) {
        return ex -> {
            Either<ApiError, String> admitted = admit(ex);
            return admitted.isLeft() ? Reply.failure(admitted.getLeft()) : inner.handle(ex);
        };
    }

    private static Either<ApiError, String> unauthorized(Exchange ex, ErrorCode code) {
        ex.header(KycertHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kycert-admin\"");
        return Either.left(ApiError.of(code));
    }
}
