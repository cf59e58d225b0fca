package kycert.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Failed-login throttling for one subject (an email or a client address): at most {@code MAX_FAILURES} failures in
 * a rolling {@code WINDOW} (a client address, which many users may share behind one NAT, gets
 * {@code MAX_FAILURES_PER_ADDRESS}); past that, logins are refused until the oldest failure leaves the window.
 */
public record LoginThrottle(List<Instant> failures) {
    public static final int MAX_FAILURES = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final LoginThrottle CLEAR = new LoginThrottle(List.of());

    public LoginThrottle {
        failures = List.copyOf(failures);
    }

    /** Zero when a login may be tried now, else how long to wait. */
    public Duration waitBefore(Instant now) {
        return waitBefore(now, MAX_FAILURES);
    }

    /** Zero when a login may be tried now under a limit of {@code maxFailures}, else how long to wait. */
    public Duration waitBefore(Instant now, int maxFailures) {
        List<Instant> live = live(now);
        if (live.size() < maxFailures) return Duration.ZERO;
        return Duration.between(now, live.get(live.size() - maxFailures).plus(WINDOW));
    }

    public LoginThrottle fail(Instant now) {
        return fail(now, MAX_FAILURES);
    }

    /** One more failure, keeping the last {@code maxFailures} (all that {@link #waitBefore(Instant, int)} needs). */
    public LoginThrottle fail(Instant now, int maxFailures) {
        List<Instant> live = new ArrayList<>(live(now));
        live.add(now);
        while (live.size() > maxFailures) live.remove(0);
        return new LoginThrottle(live);
    }

    private List<Instant> live(Instant now) {
        Instant horizon = now.minus(WINDOW);
        return failures.stream().filter(t -> t.isAfter(horizon)).sorted().toList();
    }
}
