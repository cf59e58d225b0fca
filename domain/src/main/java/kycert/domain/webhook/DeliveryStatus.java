package kycert.domain.webhook;

/** A delivery's state: still trying, delivered (a 2xx), or given up after 24 h. */
public enum DeliveryStatus {
    PENDING("pending"), SUCCEEDED("succeeded"), FAILED("failed");

    private final String wire;

    DeliveryStatus(String wire) { this.wire = wire; }

    public String wire() { return wire; }
}
