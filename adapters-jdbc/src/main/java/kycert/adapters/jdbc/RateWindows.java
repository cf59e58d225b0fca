package kycert.adapters.jdbc;

import java.time.Duration;
import java.time.Instant;
import kycert.domain.ratelimit.RateDecision;
import kycert.domain.ratelimit.RateWindow;

/** What both rate window repositories share: the decision from a saved window, and the window's horizon. */
final class RateWindows {
    private RateWindows() {}

    /** The decision {@link RateWindow#offer} gives for a window that now holds {@code used} entries from {@code oldest}. */
    static RateDecision decision(boolean admitted, int limit, int used, Instant oldest, Instant now) {
        Instant reset = oldest.plus(RateWindow.WINDOW);
        if (admitted) return new RateDecision(true, limit, limit - used, reset, Duration.ZERO);
        Duration wait = Duration.between(now, reset);
        return new RateDecision(false, limit, 0, reset, wait.isNegative() ? Duration.ZERO : wait);
    }

    /** The instant at or before which an admission no longer counts at {@code now}. */
    static long horizon(Instant now) {
        return EpochNanos.of(now.minus(RateWindow.WINDOW));
    }
}
