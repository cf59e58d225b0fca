package kycert.adapters.http;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A time limit on what the current connection thread is reading (headers, a body). When it passes, the thread is
 * interrupted, which closes its socket channel: a client that trickles bytes cannot hold a connection for ever.
 * One deadline per thread at a time; Helidon serves each connection on its own virtual thread.
 */
final class Deadlines {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kycert-http-deadlines");
        t.setDaemon(true);
        return t;
    });
    private static final ThreadLocal<Deadline> ARMED = new ThreadLocal<>();

    private Deadlines() {}

    /** Starts a deadline for the calling thread, replacing any it had. */
    static void arm(Duration limit) {
        disarm();
        Deadline d = new Deadline(Thread.currentThread());
        ARMED.set(d);
        TIMER.schedule(d::fire, limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Ends the calling thread's deadline; answers whether it had already fired (the socket is then closed). */
    static boolean disarm() {
        Deadline d = ARMED.get();
        if (d == null) return false;
        ARMED.remove();
        return d.cancel();
    }

    private static final class Deadline {
        private final Thread thread;
        private boolean done;
        private boolean fired;

        Deadline(Thread thread) {
            this.thread = thread;
        }

        synchronized void fire() {
            if (done) return;
            done = true;
            fired = true;
            thread.interrupt();
        }

        synchronized boolean cancel() {
            done = true;
            // an interrupt that came after the read it was meant for must not reach unrelated work
            if (fired) Thread.interrupted();
            return fired;
        }
    }
}
