package kycert.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import kycert.application.port.out.IdempotencyStorePort;
import kycert.domain.idempotency.IdempotencyPolicy;
import kycert.domain.idempotency.IdempotencyPolicy.Verdict;
import kycert.domain.idempotency.IdempotencyRecord;

/** Taking a key, the same way for every plane: judge what is stored, lock, and judge again after a lost race. */
final class IdempotencyLocks {
    private IdempotencyLocks() {}

    /** {@link Verdict.Proceed} only when {@code lock} is now stored: this request holds the key. */
    static Verdict take(IdempotencyStorePort store, IdempotencyRecord lock, Instant now, Clock clock) {
        Verdict verdict = IdempotencyPolicy.evaluate(store.find(lock.scopedKeyHash()), lock.fingerprint(), now);
        if (verdict instanceof Verdict.Proceed && !store.tryLock(lock, now)) {
            // lost a race for the key: judge again against what the winner stored
            verdict = IdempotencyPolicy.evaluate(store.find(lock.scopedKeyHash()), lock.fingerprint(), clock.instant());
            if (verdict instanceof Verdict.Proceed) verdict = new Verdict.InUse(Duration.ofSeconds(1));
        }
        return verdict;
    }
}
