package kycert.adapters.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Knows whether the listener still accepts connections. Helidon stops a listener whose accept fails (for instance
 * when descriptors run out) and leaves the process up with nothing listening, without telling anyone: so the port
 * is probed now and then, and a refused connection is reported, for the process to end and be restarted. (Its
 * routing's {@code afterStop} is no signal: the dying listener thread blocks in its own stop before reaching it.)
 */
final class ListenerWatch {
    private static final Duration EVERY = Duration.ofSeconds(2);
    private static final int CONNECT_TIMEOUT_MS = 1000;

    private final AtomicBoolean listening = new AtomicBoolean(true);
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Runnable onLost;
    private volatile ScheduledExecutorService timer;

    ListenerWatch(Runnable onLost) {
        this.onLost = onLost;
    }

    /** Always listening: for a routing that is not served from a socket of its own. */
    static ListenerWatch always() {
        return new ListenerWatch(() -> { });
    }

    /** Starts probing {@code port} on the loopback address. */
    void watch(int port) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kycert-listener-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> probe(port), EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void probe(int port) {
        if (closing.get()) return;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MS);
        } catch (ConnectException refused) {
            lost();
        } catch (IOException | RuntimeException inconclusive) {
            // a full backlog or no descriptor for the probe itself: the listener may well be alive
        }
    }

    private void lost() {
        if (closing.get() || !listening.compareAndSet(true, false)) return;
        AccessLog.severe("the HTTP listener stopped on its own; nothing accepts connections any more");
        if (timer != null) timer.shutdown();
        onLost.run();
    }

    boolean listening() {
        return listening.get();
    }

    /** The owner is stopping the server: the listener's end is expected. */
    void closing() {
        closing.set(true);
        if (timer != null) timer.shutdownNow();
    }
}
