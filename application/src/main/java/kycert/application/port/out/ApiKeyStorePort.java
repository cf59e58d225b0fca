package kycert.application.port.out;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.ApiKeyHash;
import kycert.domain.apikey.ApiKeyId;
import kycert.domain.tenant.TenantId;

/**
 * API keys by keyed hash and by id. A change ({@link #update}) must be visible to {@link #findByHash} on this
 * node at once and on every node within a second: implementations that cache must invalidate.
 */
public interface ApiKeyStorePort {
    /**
     * Inserts the key unless its tenant already has {@code maxActive} active (unrevoked) keys; false, and nothing
     * stored, when it has. Atomic for the tenant: concurrent inserts on any node never end above the cap.
     */
    boolean insertWithin(ApiKey key, int maxActive);

    /** Inserts without a cap (seeding, tests). */
    default void insert(ApiKey key) {
        insertWithin(key, Integer.MAX_VALUE);
    }

    /** Replaces the stored key with the same id (revocation, regeneration). */
    void update(ApiKey key);

    Option<ApiKey> findByHash(ApiKeyHash hash);

    Option<ApiKey> find(TenantId tenant, ApiKeyId id);

    /** The tenant's keys, newest first. */
    List<ApiKey> list(TenantId tenant);

    /** Records when keys were last used, in one batch; only moves the time forward. */
    void touch(Map<ApiKeyId, Instant> lastUsed);
}
