package kycert.adapters.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import kycert.domain.idempotency.IdempotencyRecord;
import java.util.concurrent.ConcurrentHashMap;
import kycert.application.port.out.TenantStorePort;
import kycert.domain.tenant.Tenant;
import kycert.domain.tenant.TenantId;
import kycert.domain.tenant.TenantStatus;

/** Tenants and balances in a map; every change is one atomic {@code compute} on the tenant's entry. */
public final class InMemoryTenantStore implements TenantStorePort {
    private static final Duration GRANT_TTL = IdempotencyRecord.TTL;

    private final ConcurrentHashMap<TenantId, Tenant> tenants = new ConcurrentHashMap<>();
    // keyed top-ups, forgotten after 24 h; written inside the tenant's compute, so each is applied once
    private final Cache<String, Instant> grants = Caffeine.newBuilder().expireAfterWrite(GRANT_TTL).build();

    @Override
    public void insert(Tenant tenant) {
        if (tenants.putIfAbsent(tenant.id(), tenant) != null) throw new IllegalStateException("tenant exists: " + tenant.id());
    }

    @Override
    public Option<Tenant> find(TenantId id) {
        return Option.of(tenants.get(id));
    }

    @Override
    public Option<Tenant> addCredits(TenantId id, long amount) {
        return Option.of(tenants.computeIfPresent(id, (k, t) -> t.withCredits(Math.addExact(t.credits(), amount))));
    }

    @Override
    public Option<Tenant> addCredits(TenantId id, long amount, String grantKey, Instant now) {
        return Option.of(tenants.computeIfPresent(id, (k, t) -> {
            Instant applied = grants.getIfPresent(grantKey);
            if (applied != null && now.isBefore(applied.plus(GRANT_TTL))) return t;
            grants.put(grantKey, now);
            return t.withCredits(Math.addExact(t.credits(), amount));
        }));
    }

    @Override
    public Option<Tenant> setStatus(TenantId id, TenantStatus status) {
        return Option.of(tenants.computeIfPresent(id, (k, t) -> t.withStatus(status)));
    }

    @Override
    public Option<Tenant> setRateLimit(TenantId id, int rateLimit) {
        return Option.of(tenants.computeIfPresent(id, (k, t) -> t.withRateLimit(rateLimit)));
    }

    @Override
    public long count() {
        return tenants.size();
    }

    /** Takes {@code cost} credits if the tenant is active and can pay; false (and no change) otherwise. */
    boolean tryDebit(TenantId id, long cost) {
        boolean[] debited = {false};
        tenants.computeIfPresent(id, (k, t) -> {
            if (t.canAfford(cost).isLeft()) return t;
            debited[0] = true;
            return t.withCredits(t.credits() - cost);
        });
        return debited[0];
    }
}
