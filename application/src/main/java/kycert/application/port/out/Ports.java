package kycert.application.port.out;

import java.util.Objects;

/**
 * Everything the application needs from the world, as one value an adapter set provides. {@code bureau} answers
 * sandbox runs only; live runs are screened against {@code listVersions}.
 */
public record Ports(TenantStorePort tenants, ApiKeyStorePort apiKeys, TemplateStorePort templates, RunStorePort runs,
                   IdempotencyStorePort idempotency, RateWindowPort rateWindows, AcceptRunPort acceptRun,
                   RunQueuePort queue, BureauPort bureau, RandomnessPort randomness,
                   ListVersionStorePort listVersions) {
    public Ports {
        Objects.requireNonNull(tenants);
        Objects.requireNonNull(apiKeys);
        Objects.requireNonNull(templates);
        Objects.requireNonNull(runs);
        Objects.requireNonNull(idempotency);
        Objects.requireNonNull(rateWindows);
        Objects.requireNonNull(acceptRun);
        Objects.requireNonNull(queue);
        Objects.requireNonNull(bureau);
        Objects.requireNonNull(randomness);
        Objects.requireNonNull(listVersions);
    }
}
