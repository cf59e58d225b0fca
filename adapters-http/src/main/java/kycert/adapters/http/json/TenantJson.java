package kycert.adapters.http.json;

import kycert.domain.tenant.Tenant;

/** A tenant as the operator sees it. */
public record TenantJson(String id, String object, String name, long credits, String status, int rateLimit, String createdAt) {
    public static TenantJson of(Tenant tenant) {
        return new TenantJson(tenant.id().toString(), "tenant", tenant.name(), tenant.credits(), tenant.status().wire(), tenant.rateLimit(),
                Timestamps.format(tenant.createdAt()));
    }
}
