package kycert.application.port.out;

import io.vavr.control.Option;
import java.time.Instant;
import kycert.domain.tenant.Tenant;
import kycert.domain.tenant.TenantId;
import kycert.domain.tenant.TenantStatus;

/** Tenants and their balances. Debits happen only inside {@link AcceptRunPort}. */
public interface TenantStorePort {
    void insert(Tenant tenant);

    Option<Tenant> find(TenantId id);

    /** Adds (atomically) to the balance; none when the tenant does not exist. */
    Option<Tenant> addCredits(TenantId id, long amount);

    /**
     * As {@link #addCredits(TenantId, long)}, at most once per {@code grantKey} for 24 h from {@code now}: a second
     * call with a live grant key adds nothing and returns the tenant as it is (a retried top-up, see ADR 003).
     */
    Option<Tenant> addCredits(TenantId id, long amount, String grantKey, Instant now);

    Option<Tenant> setStatus(TenantId id, TenantStatus status);

    /** Sets the tenant-wide ceiling on requests per rolling minute; none when the tenant does not exist. */
    Option<Tenant> setRateLimit(TenantId id, int rateLimit);

    long count();
}
