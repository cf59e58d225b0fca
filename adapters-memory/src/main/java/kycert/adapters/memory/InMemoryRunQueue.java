package kycert.adapters.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    public List<RunId> claim(Instant now, Duration lease, int max) {
        if (max < 1) throw new IllegalArgumentException("max must be at least 1: " + max);
        List<RunId> claimed = new ArrayList<>(max);
        lock.lock();
        try {
            for (Map.Entry<RunId, Instant> e : leasedUntil.entrySet()) {
                if (claimed.size() == max) break;
                if (!e.getValue().isAfter(now)) {
                    e.setValue(now.plus(lease));
                    claimed.add(e.getKey());
                }
            }
            return claimed;
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
