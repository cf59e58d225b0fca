package kycert.application.port.out;

import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.account;
import static kycert.application.port.out.PortFixtures.concurrently;
import static kycert.application.port.out.PortFixtures.lock;
import static kycert.application.port.out.PortFixtures.run;
import static kycert.application.port.out.PortFixtures.scopedKeyHash;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import kycert.application.port.out.PortFixtures.Account;
import kycert.domain.apikey.Environment;
import kycert.domain.idempotency.IdempotencyRecord;
import kycert.domain.idempotency.StoredAnswer;
import kycert.domain.run.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyStorePort} promises: one holder per key at a time, a lapsed lock or an expired record
 * can be taken over, a completed record is never released, and purging removes only what expired. Completed records
 * are written, as in production, by {@link AcceptRunPort}.
 */
public abstract class IdempotencyStorePortContract {
    protected Ports ports;
    private IdempotencyStorePort store;
    private String hash;

    /** A fresh, empty set of stores; called before every test. */
    protected abstract Ports newPorts();

    @BeforeEach
    void setUpPorts() {
        ports = newPorts();
        store = ports.idempotency();
        hash = scopedKeyHash();
    }

    /** Locks {@code hash} at {@code at} and completes it with an accepted run, as a successful request does. */
    private IdempotencyRecord completedAt(String keyHash, Instant at) {
        Account account = account(ports, 0);
        Run run = run(account, Environment.TEST, at, null);
        IdempotencyRecord lock = lock(keyHash, "{\"doc\":\"52998224725\"}", at);
        assertThat(store.tryLock(lock, at)).isTrue();
        IdempotencyRecord completed = lock.complete(run.id().value(), at);
        assertThat(ports.acceptRun().accept(run, 0, Option.of(completed))).isTrue();
        return completed;
    }

    @Test
    void nothingStored_isNotFound() {
        assertThat(store.find(hash)).isEmpty();
    }

    @Test
    void tryLock_onAFreeKey_storesTheLock() {
        IdempotencyRecord lock = lock(hash, "a", T0);

        assertThat(store.tryLock(lock, T0)).isTrue();
        assertThat(store.find(hash)).containsExactly(lock);
    }

    @Test
    void tryLock_overALiveLock_fails_andKeepsTheHolder() {
        IdempotencyRecord holder = lock(hash, "a", T0);
        store.tryLock(holder, T0);

        assertThat(store.tryLock(lock(hash, "a", T0.plusSeconds(1)), T0.plusSeconds(1))).isFalse();
        assertThat(store.tryLock(lock(hash, "b", T0.plusSeconds(29)), T0.plusSeconds(29))).isFalse();
        assertThat(store.find(hash)).containsExactly(holder);
    }

    @Test
    void tryLock_overAnAbandonedLock_succeeds() {
        store.tryLock(lock(hash, "a", T0), T0);
        Instant lapsed = T0.plus(IdempotencyRecord.LOCK).plusSeconds(1);
        IdempotencyRecord successor = lock(hash, "a", lapsed);

        assertThat(store.tryLock(successor, lapsed)).isTrue();
        assertThat(store.find(hash)).containsExactly(successor);
    }

    @Test
    void tryLock_overALiveCompletedRecord_fails_evenAfterItsLockTimeHasPassed() {
        IdempotencyRecord completed = completedAt(hash, T0);
        Instant later = T0.plus(IdempotencyRecord.LOCK).plusSeconds(60);

        assertThat(store.tryLock(lock(hash, "a", later), later)).isFalse();
        assertThat(store.find(hash)).containsExactly(completed);
    }

    @Test
    void tryLock_overAnExpiredCompletedRecord_succeeds() {
        completedAt(hash, T0);
        Instant expired = T0.plus(IdempotencyRecord.TTL).plusSeconds(1);
        IdempotencyRecord fresh = lock(hash, "b", expired);

        assertThat(store.tryLock(fresh, expired)).isTrue();
        assertThat(store.find(hash)).containsExactly(fresh);
    }

    @Test
    void tryLock_fromManyThreads_isWonByExactlyOne() {
        List<IdempotencyRecord> locks = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> lock(hash, "body-" + i, T0)).toList();

        List<Boolean> won = concurrently(8, i -> store.tryLock(locks.get(i), T0));

        assertThat(won).containsOnlyOnce(true);
        assertThat(store.find(hash)).containsExactly(locks.get(won.indexOf(true)));
    }

    @Test
    void tryLock_overAnAbandonedLock_fromManyThreads_isWonByExactlyOne() {
        store.tryLock(lock(hash, "dead", T0), T0);
        Instant lapsed = T0.plus(IdempotencyRecord.LOCK).plusSeconds(5);
        List<IdempotencyRecord> locks = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> lock(hash, "body-" + i, lapsed)).toList();

        List<Boolean> won = concurrently(8, i -> store.tryLock(locks.get(i), lapsed));

        assertThat(won).containsOnlyOnce(true);
    }

    @Test
    void keys_areIndependent() {
        String other = scopedKeyHash();
        store.tryLock(lock(hash, "a", T0), T0);

        assertThat(store.tryLock(lock(other, "a", T0), T0)).isTrue();
    }

    @Test
    void release_freesAnUnfinishedLock() {
        IdempotencyRecord lock = lock(hash, "a", T0);
        store.tryLock(lock, T0);

        store.release(lock);

        assertThat(store.find(hash)).isEmpty();
        assertThat(store.tryLock(lock(hash, "a", T0.plusSeconds(1)), T0.plusSeconds(1))).isTrue();
    }

    @Test
    void release_neverDeletesACompletedRecord() {
        IdempotencyRecord completed = completedAt(hash, T0);

        store.release(lock(hash, "{\"doc\":\"52998224725\"}", T0));

        assertThat(store.find(hash)).containsExactly(completed);
    }

    @Test
    void release_ofALapsedLock_keepsTheLockOfTheRequestThatTookOver() {
        IdempotencyRecord first = lock(hash, "a", T0);
        store.tryLock(first, T0);
        Instant lapsed = T0.plus(IdempotencyRecord.LOCK).plusSeconds(1);
        IdempotencyRecord successor = lock(hash, "a", lapsed);
        store.tryLock(successor, lapsed);

        store.release(first);

        assertThat(store.find(hash)).containsExactly(successor);
    }

    @Test
    void purgeExpired_deletesOnlyExpiredRecords() {
        String completedHash = scopedKeyHash();
        String youngHash = scopedKeyHash();
        completedAt(completedHash, T0);
        store.tryLock(lock(hash, "a", T0), T0);
        IdempotencyRecord young = lock(youngHash, "b", T0.plusSeconds(7200));
        store.tryLock(young, T0.plusSeconds(7200));

        assertThat(store.purgeExpired(T0.plusSeconds(3600))).isZero();
        assertThat(store.purgeExpired(T0.plus(IdempotencyRecord.TTL).plusSeconds(1))).isEqualTo(2);

        assertThat(store.find(hash)).isEmpty();
        assertThat(store.find(completedHash)).isEmpty();
        assertThat(store.find(youngHash)).containsExactly(young);
    }

    private static final StoredAnswer ANSWER = new StoredAnswer(201, "API_KEY", "{\"id\":\"k1\",\"key\":null,\"n\":1}");

    @Test
    void complete_storesTheAnswer_forTheHolderOfTheLock() {
        IdempotencyRecord lock = lock(hash, "a", T0);
        store.tryLock(lock, T0);
        IdempotencyRecord completed = lock.complete(ANSWER, T0.plusSeconds(1));

        assertThat(store.complete(lock, completed)).isTrue();

        assertThat(store.find(hash)).containsExactly(completed);
        assertThat(store.find(hash).get().answer()).containsExactly(ANSWER);
    }

    @Test
    void aStoredAnswer_isNeitherTakenOverNorReleased_until24hPassed() {
        IdempotencyRecord lock = lock(hash, "a", T0);
        store.tryLock(lock, T0);
        IdempotencyRecord completed = lock.complete(ANSWER, T0);
        store.complete(lock, completed);
        Instant later = T0.plus(IdempotencyRecord.LOCK).plusSeconds(60);

        assertThat(store.tryLock(lock(hash, "a", later), later)).isFalse();
        store.release(lock);
        assertThat(store.find(hash)).containsExactly(completed);

        Instant expired = T0.plus(IdempotencyRecord.TTL).plusSeconds(1);
        IdempotencyRecord fresh = lock(hash, "b", expired);
        assertThat(store.tryLock(fresh, expired)).isTrue();
        assertThat(store.find(hash)).containsExactly(fresh);
    }

    @Test
    void complete_ofALapsedLock_thatAnotherTookOver_writesNothing() {
        IdempotencyRecord first = lock(hash, "a", T0);
        store.tryLock(first, T0);
        Instant lapsed = T0.plus(IdempotencyRecord.LOCK).plusSeconds(1);
        IdempotencyRecord successor = lock(hash, "a", lapsed);
        store.tryLock(successor, lapsed);

        assertThat(store.complete(first, first.complete(ANSWER, lapsed))).isFalse();

        assertThat(store.find(hash)).containsExactly(successor);
    }

    @Test
    void complete_ofAReleasedLock_writesNothing() {
        IdempotencyRecord lock = lock(hash, "a", T0);
        store.tryLock(lock, T0);
        store.release(lock);

        assertThat(store.complete(lock, lock.complete(ANSWER, T0))).isFalse();
        assertThat(store.find(hash)).isEmpty();
    }

    @Test
    void complete_fromManyThreads_ofTheSameLock_storesOneAnswer() {
        IdempotencyRecord lock = lock(hash, "a", T0);
        store.tryLock(lock, T0);

        List<Boolean> done = concurrently(8, i -> store.complete(lock, lock.complete(ANSWER, T0.plusSeconds(1))));

        assertThat(done).containsOnlyOnce(true);
    }

    @Test
    void purgeExpired_onAnEmptyStore_deletesNothing() {
        assertThat(store.purgeExpired(T0)).isZero();
    }
}
