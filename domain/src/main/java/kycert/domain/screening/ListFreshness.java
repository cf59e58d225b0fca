package kycert.domain.screening;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether a list can vouch for a clean result (CONTRACT §8): a list never imported, or older than its maximum age
 * (counted from its import, not from the publisher's date), cannot; a hit on it still counts.
 */
public enum ListFreshness {
    CURRENT(""),
    UNAVAILABLE("list_unavailable"),
    STALE("list_stale");

    private final String code;

    ListFreshness(String code) { this.code = code; }

    /** The reason a source gives when this list leaves it unable to answer ({@code list_unavailable}, {@code list_stale}). */
    public String code() { return code; }

    public static ListFreshness of(Option<ListVersion> active, Instant now, Duration maxAge) {
        if (active.isEmpty()) return UNAVAILABLE;
        return Duration.between(active.get().importedAt(), now).compareTo(maxAge) > 0 ? STALE : CURRENT;
    }
}
