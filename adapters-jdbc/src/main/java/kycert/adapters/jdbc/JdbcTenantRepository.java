package kycert.adapters.jdbc;

import io.vavr.control.Option;
import kycert.application.port.out.TenantStorePort;
import kycert.domain.tenant.Tenant;
import kycert.domain.tenant.TenantId;
import kycert.domain.tenant.TenantStatus;
import java.time.Instant;
import kycert.domain.idempotency.IdempotencyRecord;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.Jdbi;

/** Tenants and balances in {@code tenants}; debits happen in {@link JdbcAcceptRun}. */
final class JdbcTenantRepository implements TenantStorePort {
    private static final String SELECT = "SELECT id, name, credits, status, created_at, rate_limit FROM tenants WHERE id = :id";

    private final Jdbi jdbi;

    JdbcTenantRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Tenant tenant) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO tenants (id, name, credits, status, created_at, rate_limit)
                        VALUES (:id, :name, :credits, :status, :createdAt, :rateLimit)
                        """)
                .bindMethods(TenantRow.of(tenant))
                .execute());
    }

    @Override
    public Option<Tenant> find(TenantId id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    @Override
    public Option<Tenant> addCredits(TenantId id, long amount) {
        return updateThenFind(id, "UPDATE tenants SET credits = credits + :value WHERE id = :id", amount);
    }

    @Override
    public Option<Tenant> addCredits(TenantId id, long amount, String grantKey, Instant now) {
        try {
            return jdbi.inTransaction(h -> {
                if (find(h, id).isEmpty()) return Option.<Tenant>none();
                // a live grant under this key: the top-up was applied already (a retry after a crash), add nothing
                int taken = h.createUpdate("""
                                UPDATE credit_grants SET tenant_id = :id, amount = :amount, expires_at = :expiresAt
                                 WHERE grant_key = :grantKey AND expires_at <= :now
                                """)
                        .bind("id", id.value()).bind("amount", amount).bind("grantKey", grantKey)
                        .bind("expiresAt", EpochNanos.of(now.plus(IdempotencyRecord.TTL))).bind("now", EpochNanos.of(now))
                        .execute();
                boolean live = taken == 0 && h.createQuery("SELECT COUNT(*) FROM credit_grants WHERE grant_key = :grantKey")
                        .bind("grantKey", grantKey).mapTo(Long.class).one() > 0;
                if (live) return find(h, id);
                if (taken == 0) {
                    h.createUpdate("""
                                    INSERT INTO credit_grants (grant_key, tenant_id, amount, expires_at)
                                    VALUES (:grantKey, :id, :amount, :expiresAt)
                                    """)
                            .bind("id", id.value()).bind("amount", amount).bind("grantKey", grantKey)
                            .bind("expiresAt", EpochNanos.of(now.plus(IdempotencyRecord.TTL)))
                            .execute();
                }
                h.createUpdate("UPDATE tenants SET credits = credits + :amount WHERE id = :id")
                        .bind("amount", amount).bind("id", id.value()).execute();
                return find(h, id);
            });
        } catch (UnableToExecuteStatementException e) {
            // a concurrent call inserted the same grant first (unique key): that one applied it
            if (Sql.state(e).contains("23505")) return find(id);
            throw e;
        }
    }

    @Override
    public Option<Tenant> setStatus(TenantId id, TenantStatus status) {
        return updateThenFind(id, "UPDATE tenants SET status = :value WHERE id = :id", status.wire());
    }

    @Override
    public Option<Tenant> setRateLimit(TenantId id, int rateLimit) {
        return updateThenFind(id, "UPDATE tenants SET rate_limit = :value WHERE id = :id", rateLimit);
    }

    /** One column of the tenant changed to {@code :value}, and the tenant as it now is; none when it does not exist. */
    private Option<Tenant> updateThenFind(TenantId id, String sql, Object value) {
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate(sql).bind("value", value).bind("id", id.value()).execute();
            return n == 0 ? Option.none() : find(h, id);
        });
    }

    @Override
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM tenants").mapTo(Long.class).one());
    }

    private static Option<Tenant> find(Handle h, TenantId id) {
        return Option.ofOptional(h.createQuery(SELECT).bind("id", id.value()).mapTo(TenantRow.class).findOne())
                .map(TenantRow::toDomain);
    }
}
