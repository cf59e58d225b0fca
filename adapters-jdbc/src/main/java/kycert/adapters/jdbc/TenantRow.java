package kycert.adapters.jdbc;

import java.util.UUID;
import kycert.domain.tenant.Tenant;
import kycert.domain.tenant.TenantId;
import kycert.domain.tenant.TenantStatus;

/** A {@code tenants} row. Public only so Jdbi can map and bind it reflectively. */
public record TenantRow(UUID id, String name, long credits, String status, long createdAt, int rateLimit) {
    static TenantRow of(Tenant t) {
        return new TenantRow(t.id().value(), t.name(), t.credits(), t.status().wire(), EpochNanos.of(t.createdAt()), t.rateLimit());
    }

    Tenant toDomain() {
        return new Tenant(new TenantId(id), name, credits, Wire.tenantStatus(status), EpochNanos.instant(createdAt), rateLimit);
    }
}
