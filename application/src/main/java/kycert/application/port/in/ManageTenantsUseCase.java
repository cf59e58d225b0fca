package kycert.application.port.in;

import io.vavr.control.Either;
import kycert.domain.error.ApiError;
import kycert.domain.tenant.Tenant;

/** The operator's tenant administration. Ids arrive as text; unknown or malformed ids are resource_not_found. */
public interface ManageTenantsUseCase {
    Either<ApiError, Tenant> create(String name, Long credits);

    Either<ApiError, Tenant> get(String tenantId);

    Either<ApiError, Tenant> addCredits(String tenantId, Long amount);

    Either<ApiError, Tenant> suspend(String tenantId);

    Either<ApiError, Tenant> resume(String tenantId);
}
