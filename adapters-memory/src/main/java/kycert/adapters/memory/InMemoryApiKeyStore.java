package kycert.adapters.memory;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kycert.application.port.out.ApiKeyStorePort;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.ApiKeyHash;
import kycert.domain.apikey.ApiKeyId;
import kycert.domain.tenant.TenantId;

/** Keys by id with a hash index; one node, so a change is visible to the next lookup at once. */
public final class InMemoryApiKeyStore implements ApiKeyStorePort {
    private static final Comparator<ApiKey> NEWEST_FIRST = Comparator.comparing(ApiKey::createdAt)
            .thenComparing(k -> k.id().value(), Uuids.UNSIGNED).reversed();

    private final ConcurrentHashMap<ApiKeyId, ApiKey> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ApiKeyHash, ApiKeyId> idByHash = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean insertWithin(ApiKey key, int maxActive) {
        if (byId.containsKey(key.id()) || idByHash.containsKey(key.hash())) throw new IllegalStateException("API key exists: " + key.id());
        long active = byId.values().stream().filter(k -> k.tenantId().equals(key.tenantId()) && k.active()).count();
        if (active >= maxActive) return false;
        byId.put(key.id(), key);
        idByHash.put(key.hash(), key.id());
        return true;
    }

    @Override
    public synchronized void update(ApiKey key) {
        ApiKey stored = byId.get(key.id());
        if (stored == null) return;
        byId.put(key.id(), keepLatestUse(stored, key));
        if (!stored.hash().equals(key.hash())) idByHash.remove(stored.hash());
        idByHash.put(key.hash(), key.id());
    }

    @Override
    public Option<ApiKey> findByHash(ApiKeyHash hash) {
        // the key's own hash is checked too, so a lookup racing a regeneration never answers the old secret
        return Option.of(idByHash.get(hash)).flatMap(id -> Option.of(byId.get(id))).filter(k -> k.hash().equals(hash));
    }

    @Override
    public Option<ApiKey> find(TenantId tenant, ApiKeyId id) {
        return Option.of(byId.get(id)).filter(k -> k.tenantId().equals(tenant));
    }

    @Override
    public List<ApiKey> list(TenantId tenant) {
        return byId.values().stream().filter(k -> k.tenantId().equals(tenant)).sorted(NEWEST_FIRST).toList();
    }

    @Override
    public void touch(Map<ApiKeyId, Instant> lastUsed) {
        lastUsed.forEach((id, when) -> byId.computeIfPresent(id, (k, key) ->
                key.lastUsedAt().exists(t -> !t.isBefore(when)) ? key : key.usedAt(when)));
    }

    // a revocation read before a touch must not move last_used_at back
    private static ApiKey keepLatestUse(ApiKey stored, ApiKey replacement) {
        Option<Instant> used = stored.lastUsedAt();
        if (used.isEmpty() || replacement.lastUsedAt().exists(t -> !t.isBefore(used.get()))) return replacement;
        return replacement.usedAt(used.get());
    }
}
