package kycert.adapters.memory;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kycert.application.Kycert;
import kycert.application.port.out.Integrations;
import kycert.application.worker.RunWorkerPool;
import kycert.domain.apikey.SecretHasher;

/**
 * The embedder's entry point: kycert in process, without HTTP, over in-memory stores, with run workers and
 * housekeeping running until {@link #close()}.
 */
public final class EmbeddedKycert implements AutoCloseable {
    public static final int DEFAULT_WORKERS = 2;
    private static final long MAINTAIN_EVERY_SECONDS = 5;

    private final Kycert kycert;
    private final RunWorkerPool workers;
    private final ScheduledExecutorService housekeeping;

    private EmbeddedKycert(Kycert kycert, int workerCount) {
        this.kycert = kycert;
        this.workers = new RunWorkerPool(kycert.processRuns(), kycert.ports().queue(), workerCount);
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("kycert-housekeeping").daemon().factory());
        housekeeping.scheduleWithFixedDelay(kycert::maintain, MAINTAIN_EVERY_SECONDS, MAINTAIN_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    /** Starts with the system UTC clock and {@value #DEFAULT_WORKERS} workers; {@code serverSecret} keys every HMAC (≥ 16 bytes). */
    public static EmbeddedKycert start(byte[] serverSecret) {
        return start(serverSecret, Clock.systemUTC(), DEFAULT_WORKERS);
    }

    /** Starts with the given clock (for tests and simulations) and number of run workers. */
    public static EmbeddedKycert start(byte[] serverSecret, Clock clock, int workers) {
        if (workers < 1) throw new IllegalArgumentException("at least one worker");
        InMemoryAdapters stores = InMemoryAdapters.createAll();
        return new EmbeddedKycert(new Kycert(stores.ports(), stores.management(), Integrations.offline(),
                new SecretHasher(serverSecret), clock), workers);
    }

    /** Every use case: create tenants, keys and templates, authenticate, create and read runs. */
    public Kycert kycert() {
        return kycert;
    }

    @Override
    public void close() {
        workers.close();
        housekeeping.shutdownNow();
        kycert.maintain();
    }
}
