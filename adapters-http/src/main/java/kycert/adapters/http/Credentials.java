package kycert.adapters.http;

import io.vavr.control.Either;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/** Reading credentials out of request headers, as pure functions of the header values. */
final class Credentials {
    private static final String BEARER = "Bearer ";

    private Credentials() {}

    /**
     * The raw API key: {@code X-API-Key}, else an {@code Authorization: Bearer sk_…}. Null when there is none at all
     * (missing_api_key, decided by authentication); a bearer that is not an API key, such as a management JWT, is
     * invalid_api_key at once.
     */
    static Either<ApiError, String> apiKey(String xApiKey, String authorization) {
        if (xApiKey != null && !xApiKey.isBlank()) return Either.right(xApiKey);
        String token = bearer(authorization);
        if (token == null) return Either.right(null);
        if (!token.startsWith("sk_")) return Either.left(ApiError.of(ErrorCode.INVALID_API_KEY,
                "The bearer token is not an API key; the data plane takes sk_live_… or sk_test_… keys."));
        return Either.right(token);
    }

    /** The token of an {@code Authorization: Bearer <token>} header (scheme case-insensitive), or null. */
    static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) return null;
        String token = authorization.substring(BEARER.length()).strip();
        return token.isEmpty() ? null : token;
    }
}
