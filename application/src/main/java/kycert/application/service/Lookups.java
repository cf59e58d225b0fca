package kycert.application.service;

import io.vavr.control.Either;
import kycert.application.port.out.TenantStorePort;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.tenant.Tenant;
import kycert.domain.tenant.TenantId;

/** Resolving ids that arrive as text into stored things, with one error for "malformed or not there". */
final class Lookups {
    private Lookups() {}

    static Either<ApiError, Tenant> tenant(TenantStorePort tenants, String tenantId) {
        return TenantId.parse(tenantId).flatMap(tenants::find).toEither(() -> notFound("tenant", "id"));
    }

    /** The tenant, when it exists and is not suspended (402 billing_suspended): the gate of every "add" use case. */
    static Either<ApiError, Tenant> tenantThatMayAdd(TenantStorePort tenants, String tenantId) {
        return tenant(tenants, tenantId).flatMap(Tenant::mayAdd);
    }

    static ApiError notFound(String what, String param) {
        return ApiError.of(ErrorCode.RESOURCE_NOT_FOUND, "No such " + what + ".", param);
    }
}
