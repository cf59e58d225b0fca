package kycert.bootstrap;

import java.io.PrintStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kycert.adapters.http.KycertHttpServer;
import kycert.adapters.http.TransportLimits;
import kycert.application.Kycert;
import kycert.application.worker.RunWorkerPool;

/** One running kycert process: store, application, run workers, the webhook sender, housekeeping and the HTTP server. */
public final class KycertServer implements AutoCloseable {
    private static final Logger LOG = System.getLogger(KycertServer.class.getName());

    private final Wiring.Store store;
    private final Kycert kycert;
    private final RunWorkerPool workers;
    private final WebhookDeliveryLoop webhooks;
    private final ScheduledExecutorService housekeeping;
    private final KycertHttpServer http;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CompletableFuture<Void> listenerLost;

    private KycertServer(Wiring.Store store, Kycert kycert, RunWorkerPool workers, WebhookDeliveryLoop webhooks,
                         ScheduledExecutorService housekeeping, KycertHttpServer http, CompletableFuture<Void> listenerLost) {
        this.listenerLost = listenerLost;
        this.store = store;
        this.kycert = kycert;
        this.workers = workers;
        this.webhooks = webhooks;
        this.housekeeping = housekeeping;
        this.http = http;
    }

    /** Starts everything; prints the demo banner to {@code console} when the store was empty. */
    public static KycertServer start(ServeConfig config, PrintStream console) {
        return start(config, TransportLimits.defaults(), console);
    }

    /** {@link #start(ServeConfig, PrintStream)} with the given limits on what clients may hold. */
    public static KycertServer start(ServeConfig config, TransportLimits limits, PrintStream console) {
        return start(config, limits, console, () -> { });
    }

    /** {@code afterPortProbe} runs between the free-port check and the bind: a seam for tests of a lost race. */
    static KycertServer start(ServeConfig config, TransportLimits limits, PrintStream console, Runnable afterPortProbe) {
        ServerSecrets.checkBeforeStart(config);
        ensurePortFree(config.port());
        afterPortProbe.run();
        Wiring.Store store = Wiring.store(config);
        Kycert kycert = Wiring.application(store, config);
        RunWorkerPool workers = new RunWorkerPool(kycert.processRuns(), store.ports().queue(), config.workers());
        WebhookDeliveryLoop webhooks = WebhookDeliveryLoop.start(kycert.deliverWebhooks());
        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kycert-housekeeping");
            t.setDaemon(true);
            return t;
        });
        housekeeping.scheduleWithFixedDelay(() -> maintain(kycert), 2, 2, TimeUnit.SECONDS);
        KycertHttpServer http;
        CompletableFuture<Void> listenerLost = new CompletableFuture<>();
        try {
            http = KycertHttpServer.start(kycert, Wiring.http(config, limits), store.readiness(), Wiring.tokens(kycert),
                    () -> listenerLost.complete(null));
        } catch (RuntimeException e) {
            workers.close();
            webhooks.close();
            housekeeping.shutdownNow();
            closeQuietly(store.closer());
            throw new StartupException("cannot start the HTTP server on port " + config.port() + ": " + e.getMessage(), e);
        }
        DemoSeed.seedIfEmpty(kycert, http.port(), console);
        LOG.log(Level.INFO, "kycert listening on port " + http.port() + " (store: " + config.store().name().toLowerCase() + ")");
        return new KycertServer(store, kycert, workers, webhooks, housekeeping, http, listenerLost);
    }

    private static void ensurePortFree(int port) {
        if (port == 0) return;
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(port));
        } catch (java.io.IOException e) {
            throw new StartupException("port " + port + " is already in use (choose another with --port or KYCERT_PORT)", e);
        }
    }

    private static void maintain(Kycert kycert) {
        try {
            kycert.maintain();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "housekeeping failed: " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public int port() { return http.port(); }

    public Kycert kycert() { return kycert; }

    /** Completes if the HTTP listener stops on its own (nothing accepts connections any more): the process should end. */
    public CompletableFuture<Void> listenerLost() { return listenerLost; }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        http.close();
        workers.close();
        webhooks.close();
        housekeeping.shutdownNow();
        maintain(kycert);
        closeQuietly(store.closer());
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "close failed: " + e.getMessage());
        }
    }
}
