package kycert.application.port.out;

import io.vavr.control.Option;
import java.time.Instant;
import kycert.domain.idempotency.IdempotencyRecord;

/**
 * Idempotency records by scoped key hash. Completion is written by {@link AcceptRunPort} in the same atomic step
 * as the run it created.
 */
public interface IdempotencyStorePort {
    Option<IdempotencyRecord> find(String scopedKeyHash);

    /**
     * Takes the key: stores {@code lock} if nothing is stored under its hash, or if what is stored has expired or
     * was abandoned (its lock lapsed unfinished) at {@code now}. False when another request holds or completed it.
     */
    boolean tryLock(IdempotencyRecord lock, Instant now);

    /** Frees a key this request locked but did not complete (a refused or failed request stores nothing). */
    void release(IdempotencyRecord lock);

    /** Deletes expired records; returns how many. */
    int purgeExpired(Instant now);
}
