package kycert.application.port.in;

import kycert.domain.apikey.ApiKey;
import kycert.domain.ratelimit.RateDecision;

/** Counts one request against the key's rolling window. */
public interface AdmitRequestUseCase {
    RateDecision admit(ApiKey key);
}
