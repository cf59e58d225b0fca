package kycert.adapters.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kycert.application.port.out.RunQueuePort;
import kycert.domain.run.RunId;
import org.jdbi.v3.core.Jdbi;

/**
 * Accepted runs in {@code run_queue}. A claim is a lease (it moves {@code available_at} to the lease's end); a worker
 * that dies loses its run to the next claim after the lease lapses. Idle workers wait for a {@link WorkSignal} (fed
 * by NOTIFY on PostgreSQL) and poll when it stays silent.
 */
final class JdbcRunQueue implements RunQueuePort {
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final WorkSignal work;

    JdbcRunQueue(Jdbi jdbi, Dialect dialect, WorkSignal work) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.work = work;
    }

    @Override
    public List<RunId> claim(Instant now, Duration lease, int max) {
        if (max < 1) throw new IllegalArgumentException("max must be at least 1: " + max);
        long at = EpochNanos.of(now);
        long until = Math.addExact(at, EpochNanos.of(lease));
        return jdbi.withHandle(h -> dialect.claim(h, WorkTable.RUN_QUEUE, at, until, max)).stream().map(RunId::new).toList();
    }

    @Override
    public void done(RunId run) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM run_queue WHERE run_id = :id").bind("id", run.value()).execute());
    }

    @Override
    public void awaitWork(Duration max) throws InterruptedException {
        work.await(max);
    }
}
