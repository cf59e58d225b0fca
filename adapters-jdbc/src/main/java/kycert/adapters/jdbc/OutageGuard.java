package kycert.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import kycert.application.port.out.StoreUnavailableException;

/**
 * Stands between the application and the store's ports: a failure that means the database cannot answer now comes
 * out as {@link StoreUnavailableException} (503 and Retry-After over HTTP, not 500), and when the pooled
 * connections are dead — a cut socket, a restarted server, an embedded database that closed itself after a write
 * failed on a full disk — they are all replaced, so the store answers again by itself once the cause is gone.
 * An outage is logged when it starts (at most every 30 s) and when it ends, by SQLSTATE and class names, never
 * by message.
 */
final class OutageGuard {
    private static final Logger LOG = System.getLogger(JdbcStore.class.getName());
    private static final Duration BUSY_RETRY = Duration.ofSeconds(1);
    private static final Duration BROKEN_RETRY = Duration.ofSeconds(5);
    /** At most one replacement of the pool per this interval: while the disk stays full, every reopen fails again. */
    private static final long EVICTION_INTERVAL_NANOS = Duration.ofMillis(500).toNanos();
    private static final Duration WARNING_INTERVAL = Duration.ofSeconds(30);

    private final List<HikariDataSource> pools;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong lastEviction = new AtomicLong(System.nanoTime() - EVICTION_INTERVAL_NANOS);
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARNING_INTERVAL.toNanos());
    private volatile boolean warned;

    OutageGuard(List<HikariDataSource> pools) {
        this.pools = List.copyOf(pools);
    }

    /**
     * {@code ports} (a record of port interfaces) with each port behind this guard. By reflection over the record's
     * components, so a port added to the record is guarded without a line here.
     */
    <R extends Record> R guardAll(R ports) {
        RecordComponent[] components = ports.getClass().getRecordComponents();
        Object[] guarded = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Object port = components[i].getAccessor().invoke(ports);
                guarded[i] = components[i].getType().isInterface() ? guard(components[i].getType(), port) : port;
            }
            @SuppressWarnings("unchecked")
            Constructor<R> canonical = (Constructor<R>) ports.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(guarded);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot guard " + ports.getClass().getName(), e);
        }
    }

    private Object guard(Class<?> port, Object target) {
        return Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            try {
                Object result = method.invoke(target, args);
                if (down.get()) recovered();
                return result;
            } catch (InvocationTargetException e) {
                throw translate(e.getCause());
            }
        });
    }

    /** Runs {@code work} on the store under this guard. */
    <T> T call(Supplier<T> work) {
        try {
            T result = work.get();
            if (down.get()) recovered();
            return result;
        } catch (RuntimeException e) {
            throw (RuntimeException) translate(e);
        }
    }

    private Throwable translate(Throwable failure) {
        Outage outage = Outage.of(failure);
        if (outage == Outage.NONE) return failure;
        if (down.compareAndSet(false, true)) warn(outage, failure);
        if (outage == Outage.BROKEN) replaceConnections();
        return new StoreUnavailableException("the database cannot answer now (" + describe(failure) + ")",
                outage == Outage.BROKEN ? BROKEN_RETRY : BUSY_RETRY, failure);
    }

    /** Once per outage, and at most once per {@link #WARNING_INTERVAL}: a full disk flaps (reads pass, writes fail). */
    private void warn(Outage outage, Throwable failure) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (warned || now - last < WARNING_INTERVAL.toNanos() || !lastWarning.compareAndSet(last, now)) return;
        warned = true;
        LOG.log(Level.WARNING, "the store cannot answer (" + describe(failure) + "); requests answer 503 until it does"
                + (outage == Outage.BROKEN ? ", its connections are being replaced" : ""));
    }

    private void recovered() {
        if (down.compareAndSet(true, false) && warned) {
            warned = false;
            LOG.log(Level.INFO, "the store answers again");
        }
    }

    private void replaceConnections() {
        long last = lastEviction.get();
        long now = System.nanoTime();
        if (now - last < EVICTION_INTERVAL_NANOS || !lastEviction.compareAndSet(last, now)) return;
        for (HikariDataSource pool : pools) {
            // idle connections close now, busy ones when they come back; new ones reopen the (embedded) database
            if (!pool.isClosed() && pool.getHikariPoolMXBean() != null) pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    /** The failure's SQLSTATE and class, safe to log and to show: no message, which may quote bound values. */
    private static String describe(Throwable failure) {
        return Sql.state(failure).map(s -> "SQLSTATE " + s + ", ").getOrElse("") + innermost(failure).getClass().getSimpleName();
    }

    private static Throwable innermost(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }
}
