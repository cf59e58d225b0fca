package kycert.adapters.jdbc;

import java.time.Duration;

/** Wakes idle workers of this process when work may be there; a signal given while nobody waits is kept for the next. */
final class WorkSignal {
    private boolean pending;

    synchronized void signal() {
        pending = true;
        notifyAll();
    }

    synchronized void await(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!pending) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return;
            wait(Math.max(1, left / 1_000_000));
        }
        pending = false;
    }
}
