package kycert.adapters.memory;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import kycert.application.port.out.RunQueuePort;
import kycert.domain.run.RunId;

/** Queued runs in arrival order, each with the instant its current lease ends; enqueueing wakes waiting workers. */
public final class InMemoryRunQueue implements RunQueuePort {
    private final Map<RunId, Instant> leasedUntil = new LinkedHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private boolean signalled;

    @Override
    public Option<RunId> claim(Instant now, Duration lease) {
        lock.lock();
        try {
            for (Map.Entry<RunId, Instant> e : leasedUntil.entrySet()) {
                if (!e.getValue().isAfter(now)) {
                    e.setValue(now.plus(lease));
                    return Option.of(e.getKey());
                }
            }
            return Option.none();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void done(RunId run) {
        lock.lock();
        try {
            leasedUntil.remove(run);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void awaitWork(Duration max) throws InterruptedException {
        lock.lock();
        try {
            if (!signalled) work.await(max.toNanos(), TimeUnit.NANOSECONDS);
            signalled = false;
        } finally {
            lock.unlock();
        }
    }

    /** Adds a run, claimable at once; called by {@link InMemoryAcceptRun}. */
    void enqueue(RunId run) {
        lock.lock();
        try {
            leasedUntil.putIfAbsent(run, Instant.MIN);
            signalled = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
