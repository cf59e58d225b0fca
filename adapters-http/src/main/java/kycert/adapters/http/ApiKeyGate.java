package kycert.adapters.http;

import io.vavr.control.Either;
import kycert.application.Kycert;
import kycert.application.port.in.AdmitRequestUseCase.Admission;
import kycert.domain.apikey.ApiKey;
import kycert.domain.error.ApiError;
import kycert.domain.ratelimit.RateDecision;

/**
 * The data plane's door, in the contract's order: authentication (401), rate limits (429: the key's, then its
 * tenant's ceiling; counted for every authenticated request, with the X-RateLimit-* headers from then on), API
 * version (400).
 */
final class ApiKeyGate {
    private final Kycert app;

    ApiKeyGate(Kycert app) {
        this.app = app;
    }

    Either<ApiError, ApiKey> admit(Exchange ex) {
        Either<ApiError, String> credential = Credentials.apiKey(ex.header(KycertHeaders.X_API_KEY),
                ex.header(KycertHeaders.AUTHORIZATION));
        Either<ApiError, ApiKey> key = credential.flatMap(raw -> app.authenticate().authenticate(raw));
        if (key.isLeft()) {
            ex.header(KycertHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kycert\"");
            return key;
        }
        ex.caller(key.get().keyPrefix());
        Admission admission = app.rateLimits().admit(key.get());
        RateDecision decision = admission.decision();
        ex.header(KycertHeaders.RATE_LIMIT_LIMIT, Integer.toString(decision.limit()));
        ex.header(KycertHeaders.RATE_LIMIT_REMAINING, Integer.toString(decision.remaining()));
        ex.header(KycertHeaders.RATE_LIMIT_RESET, Long.toString(decision.resetEpochSeconds()));
        if (admission.refusal().isDefined()) return Either.left(admission.refusal().get());
        return ex.version().map(v -> key.get());
    }
}
