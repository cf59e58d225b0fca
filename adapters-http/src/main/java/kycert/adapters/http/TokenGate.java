package kycert.adapters.http;

import io.vavr.control.Either;
import kycert.adapters.http.security.JwtTokens;
import kycert.adapters.http.security.JwtTokens.Claims;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/**
 * The management plane's door: {@code Authorization: Bearer <access token>} from {@code POST /api/auth/login}
 * (missing_token, invalid_token, expired_token), then the API version. An API key is not a login: refused here.
 */
final class TokenGate {
    private static final String API_KEY_REFUSED =
            "API keys are not accepted on the management plane; send the access token from POST /api/auth/login.";

    private final JwtTokens tokens;

    TokenGate(JwtTokens tokens) {
        this.tokens = tokens;
    }

    Either<ApiError, Claims> admit(Exchange ex) {
        String token = Credentials.bearer(ex.header(KycertHeaders.AUTHORIZATION));
        if (token == null) {
            boolean sentApiKey = ex.header(KycertHeaders.X_API_KEY) != null;
            return unauthorized(ex, sentApiKey ? ApiError.of(ErrorCode.INVALID_TOKEN, API_KEY_REFUSED) : ApiError.of(ErrorCode.MISSING_TOKEN));
        }
        if (token.startsWith("sk_")) return unauthorized(ex, ApiError.of(ErrorCode.INVALID_TOKEN, API_KEY_REFUSED));
        Either<ApiError, Claims> claims = tokens.verify(token);
        if (claims.isLeft()) return unauthorized(ex, claims.getLeft());
        ex.caller("user:" + claims.get().userId());
        return ex.version().map(v -> claims.get());
    }

    private static Either<ApiError, Claims> unauthorized(Exchange ex, ApiError error) {
        String code = error.code() == ErrorCode.MISSING_TOKEN ? "" : ", error=\"invalid_token\"";
        ex.header(KycertHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kycert\"" + code);
        return Either.left(error);
    }
}
