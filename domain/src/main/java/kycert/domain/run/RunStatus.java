package kycert.domain.run;

import io.vavr.control.Option;

/** Where a run is in its life. */
public enum RunStatus {
    QUEUED("queued"), PROCESSING("processing"), COMPLETED("completed"), FAILED("failed");

    private final String wire;

    RunStatus(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    public boolean terminal() { return this == COMPLETED || this == FAILED; }

    public static Option<RunStatus> parse(String s) {
        for (RunStatus v : values()) if (v.wire.equals(s)) return Option.of(v);
        return Option.none();
    }
}
