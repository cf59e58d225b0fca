package kycert.adapters.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Knows whether the listener still accepts connections. Helidon stops a listener whose accept fails (for instance
 * when descriptors run out) and leaves the process up with nothing listening: that is reported, so the process can
 * end and be restarted instead of lingering deaf.
 */
final class ListenerWatch implements HttpService {
    private final AtomicBoolean listening = new AtomicBoolean(true);
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Runnable onLost;

    ListenerWatch(Runnable onLost) {
        this.onLost = onLost;
    }

    /** Always listening: for a routing that is not served from a socket of its own. */
    static ListenerWatch always() {
        return new ListenerWatch(() -> { });
    }

    @Override
    public void routing(HttpRules rules) {
        // no routes: this service only follows the listener's life
    }

    @Override
    public void afterStop() {
        listening.set(false);
        if (!closing.get()) {
            AccessLog.severe("the HTTP listener stopped on its own; nothing accepts connections any more");
            onLost.run();
        }
    }

    boolean listening() {
        return listening.get();
    }

    /** The owner is stopping the server: the listener's end is expected. */
    void closing() {
        closing.set(true);
    }
}
