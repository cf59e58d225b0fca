package kycert.bootstrap;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kycert.application.port.in.DeliverWebhooksUseCase;

/**
 * Sends due webhook deliveries on one virtual thread: straight on while there is work, a short nap when there is
 * none, and on through any failure (a broken store or sender must not end deliveries for good).
 */
final class WebhookDeliveryLoop implements AutoCloseable {
    static final Duration IDLE = Duration.ofMillis(200);
    static final Duration AFTER_FAILURE = Duration.ofSeconds(1);
    /** Longer than one send's timeout, so an attempt in flight is finished and recorded, not cut. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);
    private static final Logger LOG = System.getLogger(WebhookDeliveryLoop.class.getName());

    private final DeliverWebhooksUseCase deliveries;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;

    private WebhookDeliveryLoop(DeliverWebhooksUseCase deliveries) {
        this.deliveries = deliveries;
        this.thread = Thread.ofVirtual().name("kycert-webhooks").unstarted(this::run);
    }

    static WebhookDeliveryLoop start(DeliverWebhooksUseCase deliveries) {
        WebhookDeliveryLoop loop = new WebhookDeliveryLoop(deliveries);
        loop.thread.start();
        return loop;
    }

    private void run() {
        Duration nap = Duration.ZERO;
        boolean failing = false;
        while (!stopped(nap)) {
            try {
                nap = deliveries.deliverDue() == 0 ? IDLE : Duration.ZERO;
                if (failing) LOG.log(Level.INFO, "webhook deliveries working again");
                failing = false;
            } catch (RuntimeException e) {
                // the class only: a message may quote a URL or a stored value; once per outage, not once per round
                if (!failing) LOG.log(Level.WARNING, "webhook delivery rounds failing: " + e.getClass().getName());
                failing = true;
                nap = AFTER_FAILURE;
            }
        }
    }

    /** Waits {@code nap} (or not at all); true once the loop is asked to stop. */
    private boolean stopped(Duration nap) {
        try {
            return stop.await(nap.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            return true;
        }
    }

    /** Stops after the attempt in flight, if any. */
    @Override
    public void close() {
        stop.countDown();
        try {
            thread.join(STOP_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
