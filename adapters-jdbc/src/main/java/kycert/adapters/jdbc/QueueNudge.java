package kycert.adapters.jdbc;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.jdbi.v3.core.Jdbi;

/**
 * Tells the other nodes that runs were queued (PostgreSQL): at most one NOTIFY per {@link #INTERVAL_MILLIS}, sent
 * from its own short transaction, never from a request's. A transaction that notifies holds a database-wide lock
 * from its commit until the commit is flushed, so a NOTIFY inside every accept would serialize all accepts of all
 * nodes behind one WAL flush each. Idle workers poll the queue anyway; the nudge only wakes them sooner.
 */
final class QueueNudge implements AutoCloseable {
    static final long INTERVAL_MILLIS = 20;
    private static final Logger LOG = System.getLogger(QueueNudge.class.getName());

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Thread thread;
    private boolean pending;
    private boolean running = true;

    QueueNudge(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.thread = Thread.ofPlatform().daemon().name("kycert-queue-nudge").start(this::run);
    }

    /** Asks for a NOTIFY soon; calls before it is sent share it. */
    synchronized void nudge() {
        if (!pending) {
            pending = true;
            notifyAll();
        }
    }

    private void run() {
        try {
            while (true) {
                synchronized (this) {
                    while (!pending && running) wait();
                    if (!running) return;
                    pending = false;
                }
                try {
                    jdbi.useHandle(h -> dialect.notify(h, PostgresDialect.RUNS_CHANNEL, ""));
                } catch (RuntimeException e) {
                    // the other nodes fall back on polling; nothing is lost
                    LOG.log(Level.DEBUG, "queue nudge not sent: " + Sql.reason(e));
                }
                Thread.sleep(INTERVAL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            running = false;
            notifyAll();
        }
        thread.interrupt();
    }
}
