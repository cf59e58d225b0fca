package kycert.adapters.jdbc;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import kycert.application.port.out.ApiKeyStorePort;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.ApiKeyHash;
import kycert.domain.apikey.ApiKeyId;
import kycert.domain.tenant.TenantId;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * API keys in {@code api_keys}, looked up by keyed hash on every request: no cache, so a committed revocation or
 * regeneration is seen at once by every node.
 */
final class JdbcApiKeyRepository implements ApiKeyStorePort {
    static final String COLUMNS = """
            id, tenant_id, name, environment, scopes, subject_types, rate_limit, key_prefix, key_hash,
            created_at, last_used_at, revoked_at""";

    private final Jdbi jdbi;
    private final Dialect dialect;

    JdbcApiKeyRepository(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    @Override
    public boolean insertWithin(ApiKey key, int maxActive) {
        return jdbi.inTransaction(h -> {
            TenantLock.hold(h, key.tenantId().value());
            long active = h.createQuery("SELECT count(*) FROM api_keys WHERE tenant_id = :tenant AND revoked_at IS NULL")
                    .bind("tenant", key.tenantId().value()).mapTo(Long.class).one();
            if (active >= maxActive) return false;
            h.createUpdate("""
                            INSERT INTO api_keys (id, tenant_id, name, environment, scopes, subject_types, rate_limit,
                                                  key_prefix, key_hash, created_at, last_used_at, revoked_at)
                            VALUES (:id, :tenantId, :name, :environment, :scopes, :subjectTypes, :rateLimit,
                                    :keyPrefix, :keyHash, :createdAt, :lastUsedAt, :revokedAt)
                            """)
                    .bindMethods(ApiKeyRow.of(key))
                    .execute();
            return true;
        });
    }

    @Override
    public void update(ApiKey key) {
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                            UPDATE api_keys
                               SET name = :name, environment = :environment, scopes = :scopes, subject_types = :subjectTypes,
                                   rate_limit = :rateLimit, key_prefix = :keyPrefix, key_hash = :keyHash,
                                   last_used_at = :lastUsedAt, revoked_at = :revokedAt
                             WHERE id = :id
                            """)
                    .bindMethods(ApiKeyRow.of(key))
                    .execute();
        });
    }

    @Override
    public Option<ApiKey> findByHash(ApiKeyHash hash) {
        return load(hash);
    }

    private Option<ApiKey> load(ApiKeyHash hash) {
        return jdbi.withHandle(h -> Option.ofOptional(h.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE key_hash = :hash")
                        .bind("hash", hash.hex())
                        .mapTo(ApiKeyRow.class)
                        .findOne()))
                .map(ApiKeyRow::toDomain);
    }

    @Override
    public Option<ApiKey> find(TenantId tenant, ApiKeyId id) {
        return jdbi.withHandle(h -> Option.ofOptional(h.createQuery(
                                "SELECT " + COLUMNS + " FROM api_keys WHERE id = :id AND tenant_id = :tenant")
                        .bind("id", id.value())
                        .bind("tenant", tenant.value())
                        .mapTo(ApiKeyRow.class)
                        .findOne()))
                .map(ApiKeyRow::toDomain);
    }

    @Override
    public List<ApiKey> list(TenantId tenant) {
        return jdbi.withHandle(h -> h.createQuery(
                                "SELECT " + COLUMNS + " FROM api_keys WHERE tenant_id = :tenant ORDER BY created_at DESC, id DESC")
                        .bind("tenant", tenant.value())
                        .mapTo(ApiKeyRow.class)
                        .list())
                .stream().map(ApiKeyRow::toDomain).toList();
    }

    @Override
    public void touch(Map<ApiKeyId, Instant> lastUsed) {
        if (lastUsed.isEmpty()) return;
        jdbi.useHandle(h -> {
            // only forward: a late batch from a slow node never moves last_used_at back
            PreparedBatch batch = h.prepareBatch("""
                    UPDATE api_keys SET last_used_at = GREATEST(COALESCE(last_used_at, :at), :at) WHERE id = :id
                    """);
            // in id order, so two nodes touching the same keys lock rows in the same order and cannot deadlock
            lastUsed.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Comparator.comparing(ApiKeyId::value)))
                    .forEach(e -> batch.bind("id", e.getKey().value()).bind("at", EpochNanos.of(e.getValue())).add());
            batch.execute();
        });
    }
}
