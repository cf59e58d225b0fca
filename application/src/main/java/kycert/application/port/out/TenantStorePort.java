package kycert.application.port.out;

import io.vavr.control.Option;
import kycert.domain.tenant.Tenant;
import kycert.domain.tenant.TenantId;
import kycert.domain.tenant.TenantStatus;

/** Tenants and their balances. Debits happen only inside {@link AcceptRunPort}. */
public interface TenantStorePort {
    void insert(Tenant tenant);

    Option<Tenant> find(TenantId id);

    /** Adds (atomically) to the balance; none when the tenant does not exist. */
    Option<Tenant> addCredits(TenantId id, long amount);

    Option<Tenant> setStatus(TenantId id, TenantStatus status);

    /** Sets the tenant-wide ceiling on requests per rolling minute; none when the tenant does not exist. */
    Option<Tenant> setRateLimit(TenantId id, int rateLimit);

    long count();
}
