package kycert.adapters.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vavr.control.Option;
import java.time.Instant;
import kycert.application.port.out.IdempotencyStorePort;
import kycert.domain.idempotency.IdempotencyRecord;

/** Idempotency records in a Caffeine cache that forgets them after 24 h; each change is one atomic {@code compute}. */
public final class CaffeineIdempotencyStore implements IdempotencyStorePort {
    private final Cache<String, IdempotencyRecord> records = Caffeine.newBuilder()
            .expireAfterWrite(IdempotencyRecord.TTL)
            .build();

    @Override
    public Option<IdempotencyRecord> find(String scopedKeyHash) {
        return Option.of(records.getIfPresent(scopedKeyHash));
    }

    @Override
    public boolean tryLock(IdempotencyRecord lock, Instant now) {
        boolean[] taken = {false};
        records.asMap().compute(lock.scopedKeyHash(), (hash, stored) -> {
            if (stored != null && !stored.expired(now) && !stored.abandoned(now)) return stored;
            taken[0] = true;
            return lock;
        });
        return taken[0];
    }

    @Override
    public boolean complete(IdempotencyRecord lock, IdempotencyRecord completed) {
        boolean[] done = {false};
        records.asMap().computeIfPresent(lock.scopedKeyHash(), (hash, stored) -> {
            if (!stored.equals(lock)) return stored;
            done[0] = true;
            return completed;
        });
        return done[0];
    }

    @Override
    public void release(IdempotencyRecord lock) {
        // only this request's own unfinished lock: never a completed record, never a newer holder's lock
        records.asMap().computeIfPresent(lock.scopedKeyHash(), (hash, stored) ->
                !stored.completed() && stored.equals(lock) ? null : stored);
    }

    @Override
    public int purgeExpired(Instant now) {
        int purged = 0;
        for (var entry : records.asMap().entrySet()) {
            if (entry.getValue().expired(now) && records.asMap().remove(entry.getKey(), entry.getValue())) purged++;
        }
        return purged;
    }

    /** Stores a completed record, replacing the lock it completes; called by {@link InMemoryAcceptRun}. */
    void complete(IdempotencyRecord completed) {
        records.put(completed.scopedKeyHash(), completed);
    }
}
