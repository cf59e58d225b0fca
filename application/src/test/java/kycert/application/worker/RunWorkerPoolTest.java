package kycert.application.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import kycert.application.port.in.ProcessRunsUseCase;
import kycert.application.port.out.RunQueuePort;
import kycert.domain.run.RunId;
import org.junit.jupiter.api.Test;

class RunWorkerPoolTest {

    @Test
    void aStoreOutage_isOneWarningAndOneRecoveryLine_notOnePerAttempt() throws Exception {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override public void publish(LogRecord r) { records.add(r); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        Logger logger = Logger.getLogger(RunWorkerPool.class.getName());
        logger.addHandler(capture);
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch recovered = new CountDownLatch(1);
        ProcessRunsUseCase flaky = () -> {
            if (calls.incrementAndGet() <= 6) throw new IllegalStateException("store down");
            recovered.countDown();
            return false;
        };
        try (RunWorkerPool pool = new RunWorkerPool(flaky, new IdleQueue(), 2)) {
            assertThat(recovered.await(30, TimeUnit.SECONDS)).as("the workers came back").isTrue();
            Thread.sleep(300);
        } finally {
            logger.removeHandler(capture);
        }
        assertThat(records.stream().filter(r -> r.getLevel().equals(java.util.logging.Level.WARNING)).count())
                .as("warnings for six failed attempts").isEqualTo(1);
        assertThat(records.stream().filter(r -> r.getMessage().contains("working again")).count()).isEqualTo(1);
    }

    /** A queue with nothing to claim: the workers only wait on it. */
    private static final class IdleQueue implements RunQueuePort {
        @Override public List<RunId> claim(Instant now, Duration lease, int max) { return List.of(); }
        @Override public void done(RunId run) { }
        @Override public void awaitWork(Duration max) throws InterruptedException { Thread.sleep(Math.min(max.toMillis(), 20)); }
    }
}
