package kycert.adapters.jdbc;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A node's LISTEN connection (outside the pool): dispatches notifications by channel and pings the server so a
 * dead connection is noticed within about a second. While it is down, {@link #live()} is false and
 * {@code onGap} has run (the workers are woken to poll, in case a notification was missed); it reconnects with
 * backoff.
 */
final class PgListener implements AutoCloseable {
    private static final Logger LOG = System.getLogger(PgListener.class.getName());
    private static final int POLL_MILLIS = 200;
    private static final long PING_NANOS = 500_000_000L;

    /** Opens a fresh connection to the database. */
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final Map<String, Consumer<String>> handlers;
    private final Runnable onGap;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean live;
    private volatile Connection current;

    PgListener(Connector connector, Map<String, Consumer<String>> handlers, Runnable onGap) {
        this.connector = connector;
        this.handlers = Map.copyOf(handlers);
        this.onGap = onGap;
        this.thread = Thread.ofPlatform().daemon().name("kycert-pg-listener").start(this::run);
    }

    boolean live() {
        return live;
    }

    private void run() {
        long backoff = 100;
        while (running) {
            try (Connection c = connector.connect()) {
                current = c;
                listen(c);
                backoff = 100;
            } catch (SQLException | RuntimeException e) {
                if (running) LOG.log(Level.WARNING, "LISTEN connection lost, reconnecting: " + Sql.reason(e));
            } finally {
                live = false;
                onGap.run();
            }
            sleep(backoff);
            backoff = Math.min(backoff * 2, 2_000);
        }
    }

    private void listen(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String channel : handlers.keySet()) s.execute("LISTEN " + channel);
            // whatever was notified before LISTEN took effect was not heard: wake the workers to look for it
            onGap.run();
            live = true;
            PGConnection pg = c.unwrap(PGConnection.class);
            long lastPing = System.nanoTime();
            while (running) {
                PGNotification[] received = pg.getNotifications(POLL_MILLIS);
                if (received != null) {
                    for (PGNotification n : received) {
                        Consumer<String> handler = handlers.get(n.getName());
                        if (handler != null) handler.accept(n.getParameter());
                    }
                }
                if (System.nanoTime() - lastPing > PING_NANOS) {
                    s.execute("SELECT 1");
                    lastPing = System.nanoTime();
                }
            }
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        live = false;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Connection c = current;
        if (thread.isAlive() && c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a connection we are abandoning anyway
            }
        }
    }
}
