package kycert.application.worker;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kycert.application.port.in.ProcessRunsUseCase;
import kycert.application.port.out.RunQueuePort;

/** Virtual-thread workers that drain the run queue until closed. */
public final class RunWorkerPool implements AutoCloseable {
    private static final Logger LOG = System.getLogger(RunWorkerPool.class.getName());
    private static final Duration IDLE_WAIT = Duration.ofMillis(250);
    /** A worker that keeps failing (the store is down) waits longer each time, up to this. */
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final List<Thread> threads = new ArrayList<>();
    private final OutageLog outages = new OutageLog();
    private volatile boolean running = true;

    public RunWorkerPool(ProcessRunsUseCase process, RunQueuePort queue, int workers) {
        for (int i = 0; i < workers; i++) {
            threads.add(Thread.ofVirtual().name("kycert-run-worker-" + i).start(() -> loop(process, queue)));
        }
    }

    private void loop(ProcessRunsUseCase process, RunQueuePort queue) {
        Duration backoff = IDLE_WAIT;
        while (running) {
            try {
                if (!process.processNext()) queue.awaitWork(IDLE_WAIT);
                outages.recovered();
                backoff = IDLE_WAIT;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                outages.failed(e);
                sleepQuietly(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void sleepQuietly(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One warning when the workers start failing and one line when they work again: an outage is not a log flood. */
    private static final class OutageLog {
        private boolean failing;
        private long failures;

        synchronized void failed(RuntimeException e) {
            failures++;
            if (failing) return;
            failing = true;
            LOG.log(Level.WARNING, "run workers failing; runs stay queued until their lease lapses: " + e.getClass().getName());
        }

        synchronized void recovered() {
            if (!failing) return;
            failing = false;
            LOG.log(Level.INFO, "run workers working again after " + failures + " failed attempts");
            failures = 0;
        }
    }

    @Override
    public void close() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread t : threads) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
