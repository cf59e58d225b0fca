package kycert.application.port.out;

import java.time.Instant;
import kycert.domain.apikey.ApiKeyId;
import kycert.domain.ratelimit.RateDecision;

/** A key's rolling window, shared by every node that serves the key. Admits or refuses atomically. */
public interface RateWindowPort {
    RateDecision admit(ApiKeyId key, int limit, Instant now);

    /** Deletes windows with nothing left in them; returns how many. */
    int purgeIdle(Instant now);
}
