package kycert.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import kycert.application.port.in.ManageTenantsUseCase;
import kycert.application.port.out.RandomnessPort;
import kycert.application.port.out.TenantStorePort;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.tenant.Tenant;
import kycert.domain.tenant.TenantId;
import kycert.domain.tenant.TenantStatus;

/** Tenants, credits and suspension, for the operator. */
public final class TenantAdminService implements ManageTenantsUseCase {
    public static final long MAX_CREDITS_CHANGE = 1_000_000_000L;

    private final TenantStorePort tenants;
    private final RandomnessPort randomness;
    private final Clock clock;

    public TenantAdminService(TenantStorePort tenants, RandomnessPort randomness, Clock clock) {
        this.tenants = tenants;
        this.randomness = randomness;
        this.clock = clock;
    }

    @Override
    public Either<ApiError, Tenant> create(String name, Long credits, Integer rateLimit) {
        Either<ApiError, String> valid = Tenant.validName(name);
        if (valid.isLeft()) return Either.left(valid.getLeft());
        long c = credits == null ? 0 : credits;
        if (c < 0 || c > MAX_CREDITS_CHANGE) {
            return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "credits must be between 0 and " + MAX_CREDITS_CHANGE + ".", "credits"));
        }
        Either<ApiError, Integer> limit = Tenant.validRateLimit(rateLimit);
        if (limit.isLeft()) return Either.left(limit.getLeft());
        Tenant tenant = new Tenant(new TenantId(randomness.uuid()), valid.get(), c, TenantStatus.ACTIVE, clock.instant(), limit.get());
        tenants.insert(tenant);
        return Either.right(tenant);
    }

    @Override
    public Either<ApiError, Tenant> get(String tenantId) {
        return Lookups.tenant(tenants, tenantId);
    }

    @Override
    public Either<ApiError, Tenant> addCredits(String tenantId, Long amount, Option<String> once) {
        Either<ApiError, Tenant> tenant = Lookups.tenant(tenants, tenantId);
        if (tenant.isLeft()) return tenant;
        if (amount == null) return Either.left(ApiError.of(ErrorCode.MISSING_PARAMETER, "amount is required.", "amount"));
        if (amount < 1 || amount > MAX_CREDITS_CHANGE) {
            return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "amount must be between 1 and " + MAX_CREDITS_CHANGE + ".", "amount"));
        }
        Option<Tenant> added = once.isDefined()
                ? tenants.addCredits(tenant.get().id(), amount, once.get(), clock.instant())
                : tenants.addCredits(tenant.get().id(), amount);
        return added.toEither(() -> Lookups.notFound("tenant", "id"));
    }

    @Override
    public Either<ApiError, Tenant> setRateLimit(String tenantId, Integer rateLimit) {
        Either<ApiError, Tenant> tenant = Lookups.tenant(tenants, tenantId);
        if (tenant.isLeft()) return tenant;
        if (rateLimit == null) return Either.left(ApiError.of(ErrorCode.MISSING_PARAMETER, "rate_limit is required.", "rate_limit"));
        return Tenant.validRateLimit(rateLimit).flatMap(limit -> tenants.setRateLimit(tenant.get().id(), limit)
                .toEither(() -> Lookups.notFound("tenant", "id")));
    }

    @Override
    public Either<ApiError, Tenant> suspend(String tenantId) {
        return setStatus(tenantId, TenantStatus.SUSPENDED);
    }

    @Override
    public Either<ApiError, Tenant> resume(String tenantId) {
        return setStatus(tenantId, TenantStatus.ACTIVE);
    }

    private Either<ApiError, Tenant> setStatus(String tenantId, TenantStatus status) {
        return TenantId.parse(tenantId).flatMap(id -> tenants.setStatus(id, status)).toEither(() -> Lookups.notFound("tenant", "id"));
    }
}
