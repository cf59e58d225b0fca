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

    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    public RunWorkerPool(ProcessRunsUseCase process, RunQueuePort queue, int workers) {
        for (int i = 0; i < workers; i++) {
            threads.add(Thread.ofVirtual().name("kycert-run-worker-" + i).start(() -> loop(process, queue)));
        }
    }

    private void loop(ProcessRunsUseCase process, RunQueuePort queue) {
        while (running) {
            try {
                if (!process.processNext()) queue.awaitWork(IDLE_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "run worker failed; the run stays queued until its lease lapses: " + e.getClass().getName());
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(IDLE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
