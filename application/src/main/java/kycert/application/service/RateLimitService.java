package kycert.application.service;

import java.time.Clock;
import kycert.application.port.in.AdmitRequestUseCase;
import kycert.application.port.out.RateWindowPort;
import kycert.domain.apikey.ApiKey;
import kycert.domain.ratelimit.RateDecision;

/** Counts a request against its key's limit in the shared rolling window. */
public final class RateLimitService implements AdmitRequestUseCase {
    private final RateWindowPort windows;
    private final Clock clock;

    public RateLimitService(RateWindowPort windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    public RateDecision admit(ApiKey key) {
        return windows.admit(key.id(), key.rateLimit(), clock.instant());
    }
}
