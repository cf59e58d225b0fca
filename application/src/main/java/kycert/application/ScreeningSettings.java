package kycert.application;

import java.time.Duration;
import java.util.Objects;

/**
 * Live screening's settings: how old a list may be before it can no longer vouch for a clean result, and how often
 * a node re-reads which list versions are active (under 5 s: every node screens with a new version within 5 s).
 */
public record ScreeningSettings(Duration maxListAge, Duration recheckActiveEvery) {
    public static final ScreeningSettings DEFAULTS = new ScreeningSettings(Duration.ofHours(48), Duration.ofSeconds(2));

    public ScreeningSettings {
        Objects.requireNonNull(maxListAge);
        Objects.requireNonNull(recheckActiveEvery);
        if (maxListAge.isNegative() || maxListAge.isZero()) throw new IllegalArgumentException("maxListAge must be positive");
        if (recheckActiveEvery.isNegative() || recheckActiveEvery.compareTo(Duration.ofSeconds(5)) > 0) {
            throw new IllegalArgumentException("recheckActiveEvery must be 0..5 s");
        }
    }
}
