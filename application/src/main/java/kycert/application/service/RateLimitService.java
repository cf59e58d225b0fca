package kycert.application.service;

import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kycert.application.port.in.AdmitRequestUseCase;
import kycert.application.port.out.RateWindowPort;
import kycert.application.port.out.TenantStorePort;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.ApiKeyId;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.ratelimit.RateDecision;
import kycert.domain.tenant.Tenant;
import kycert.domain.tenant.TenantId;

/**
 * Counts a request against its key's limit, then against its tenant's ceiling, each in a shared rolling window (the
 * same store, so both hold across nodes). The key comes first: a key over its own limit never eats into what its
 * tenant's other keys may use. A request refused by the tenant ceiling has still used a slot of its key's window.
 */
public final class RateLimitService implements AdmitRequestUseCase {
    private final RateWindowPort windows;
    private final TenantStorePort tenants;
    private final Clock clock;

    public RateLimitService(RateWindowPort windows, TenantStorePort tenants, Clock clock) {
        this.windows = windows;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public Admission admit(ApiKey key) {
        Instant now = clock.instant();
        RateDecision perKey = windows.admit(key.id(), key.rateLimit(), now);
        if (!perKey.admitted()) {
            return refused(perKey, "Too many requests for this API key (its limit is " + perKey.limit() + " per 60 s)");
        }
        Option<Tenant> tenant = tenants.find(key.tenantId());
        if (tenant.isEmpty()) return new Admission(perKey, Option.none());
        RateDecision perTenant = windows.admit(tenantWindow(key.tenantId()), tenant.get().rateLimit(), now);
        if (!perTenant.admitted()) {
            return refused(perTenant, "Too many requests for this account across all its API keys (its limit is "
                    + perTenant.limit() + " per 60 s)");
        }
        return new Admission(perTenant.remaining() < perKey.remaining() ? perTenant : perKey, Option.none());
    }

    /**
     * The tenant's window in the key-window store: a name-based (version 3) UUID, so it can never equal a key's id
     * (random, version 4).
     */
    static ApiKeyId tenantWindow(TenantId tenant) {
        return new ApiKeyId(UUID.nameUUIDFromBytes(("kycert-tenant-window:" + tenant.value()).getBytes(StandardCharsets.UTF_8)));
    }

    private static Admission refused(RateDecision decision, String why) {
        ApiError error = ApiError.of(ErrorCode.RATE_LIMIT_EXCEEDED, why + "; wait for Retry-After seconds.", null)
                .withRetryAfter(Duration.ofSeconds(decision.retryAfterSeconds()));
        return new Admission(decision, Option.of(error));
    }
}
