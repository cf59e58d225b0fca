package kycert.adapters.http;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import kycert.domain.ratelimit.RateDecision;
import kycert.domain.ratelimit.RateWindow;

/**
 * Wrong operator tokens per client address, in the rolling window of {@link RateWindow}: after {@link #MAX_FAILURES}
 * in 60 s the address is refused, without its token being checked, until the oldest failure leaves the window.
 * Per node, in memory: behind N nodes a guesser gets 10 × N tries a minute, hopeless against a 32-character token.
 */
final class OperatorThrottle {
    static final int MAX_FAILURES = 10;
    private static final int MAX_ADDRESSES = 10_000;

    private final ConcurrentHashMap<String, RateWindow> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    OperatorThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Admitted when the address may try a token now; else the decision carries how long to wait. */
    RateDecision check(String address) {
        RateWindow window = failures.get(address);
        // offering and discarding the new window only asks whether one more failure would still fit
        return (window == null ? RateWindow.EMPTY : window).offer(clock.instant(), MAX_FAILURES).decision();
    }

    void failed(String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_ADDRESSES) forgetIdle(now);
        failures.compute(address, (a, w) -> (w == null ? RateWindow.EMPTY : w).offer(now, MAX_FAILURES).window());
    }

    private void forgetIdle(Instant now) {
        Instant horizon = now.minus(RateWindow.WINDOW);
        failures.entrySet().removeIf(e -> e.getValue().admitted().isEmpty()
                || !e.getValue().admitted().getLast().isAfter(horizon));
    }
}
