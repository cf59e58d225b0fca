package kycert.adapters.http;

/** Whether this process can serve traffic now (its store answers): what {@code GET /health/ready} reports. */
@FunctionalInterface
public interface Readiness {
    boolean ready();
}
