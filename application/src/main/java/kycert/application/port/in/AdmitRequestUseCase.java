package kycert.application.port.in;

import io.vavr.control.Option;
import kycert.domain.apikey.ApiKey;
import kycert.domain.error.ApiError;
import kycert.domain.ratelimit.RateDecision;

/** Counts one request against the key's rolling window, then its tenant's. */
public interface AdmitRequestUseCase {
    Admission admit(ApiKey key);

    /** The decision whose figures the answer shows and, when refused, the 429 naming the limit that refused it. */
    record Admission(RateDecision decision, Option<ApiError> refusal) {}
}
