package kycert.application.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import kycert.domain.error.ApiError;
import kycert.domain.tenant.Tenant;

/** The operator's tenant administration. Ids arrive as text; unknown or malformed ids are resource_not_found. */
public interface ManageTenantsUseCase {
    /** A new tenant; {@code rateLimit} null: {@link Tenant#DEFAULT_RATE_LIMIT} requests per rolling minute across its keys. */
    Either<ApiError, Tenant> create(String name, Long credits, Integer rateLimit);

    /** A tenant with the default ceiling. */
    default Either<ApiError, Tenant> create(String name, Long credits) {
        return create(name, credits, null);
    }

    /** Changes the tenant-wide ceiling; it applies to the next request on every node. */
    Either<ApiError, Tenant> setRateLimit(String tenantId, Integer rateLimit);

    Either<ApiError, Tenant> get(String tenantId);

    default Either<ApiError, Tenant> addCredits(String tenantId, Long amount) {
        return addCredits(tenantId, amount, Option.none());
    }

    /** With {@code once}: the top-up is applied at most once per value within 24 h (a retried request's key). */
    Either<ApiError, Tenant> addCredits(String tenantId, Long amount, Option<String> once);

    Either<ApiError, Tenant> suspend(String tenantId);

    Either<ApiError, Tenant> resume(String tenantId);
}
