package kycert.domain.webhook;

/** The events kycert sends. */
public enum EventType {
    RUN_COMPLETED("run.completed"), RUN_FAILED("run.failed");

    private final String wire;

    EventType(String wire) { this.wire = wire; }

    public String wire() { return wire; }
}
