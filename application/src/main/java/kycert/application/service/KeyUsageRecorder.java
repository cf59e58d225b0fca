package kycert.application.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kycert.application.port.out.ApiKeyStorePort;
import kycert.domain.apikey.ApiKeyId;

/** Keeps last_used_at in memory and writes it in batches, so a request never waits on a write for it. */
public final class KeyUsageRecorder {
    private final ConcurrentHashMap<ApiKeyId, Instant> pending = new ConcurrentHashMap<>();
    private final ApiKeyStorePort keys;

    public KeyUsageRecorder(ApiKeyStorePort keys) {
        this.keys = keys;
    }

    public void record(ApiKeyId key, Instant when) {
        pending.merge(key, when, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Writes what accumulated since the last flush; returns how many keys were touched. */
    public int flush() {
        Map<ApiKeyId, Instant> batch = new HashMap<>();
        for (ApiKeyId id : pending.keySet()) {
            Instant t = pending.remove(id);
            if (t != null) batch.put(id, t);
        }
        if (!batch.isEmpty()) keys.touch(batch);
        return batch.size();
    }
}
