package kycert.application.port.out;

import io.vavr.control.Option;
import java.time.Instant;
import kycert.domain.idempotency.IdempotencyRecord;

/**
 * Idempotency records by scoped key hash. A run's completion is written by {@link AcceptRunPort} in the same atomic
 * step as the run it created; every other request completes with {@link #complete} and its stored answer.
 */
public interface IdempotencyStorePort {
    Option<IdempotencyRecord> find(String scopedKeyHash);

    /**
     * Takes the key: stores {@code lock} if nothing is stored under its hash, or if what is stored has expired or
     * was abandoned (its lock lapsed unfinished) at {@code now}. False when another request holds or completed it.
     */
    boolean tryLock(IdempotencyRecord lock, Instant now);

    /**
     * Completes a lock with its stored answer ({@code completed}, made from {@code lock}); false, and nothing written,
     * when {@code lock} is no longer what is stored (it lapsed and another request took the key).
     */
    boolean complete(IdempotencyRecord lock, IdempotencyRecord completed);

    /** Frees a key this request locked but did not complete (a refused or failed request stores nothing). */
    void release(IdempotencyRecord lock);

    /** Deletes expired records; returns how many. */
    int purgeExpired(Instant now);
}
