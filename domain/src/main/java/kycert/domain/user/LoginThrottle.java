package kycert.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a login may be tried, from the failure counts of its subjects ({@link LoginCounts}). Three rules, the
 * longest wait wins, and a refused attempt checks no password and counts nothing:
 * <ul>
 * <li>the (email, address) pair: {@value #FREE_PER_PAIR} failures are free, then each further attempt waits 1 s,
 *     2 s, 4 s … (capped at {@link #MAX_DELAY}) after the pair's latest one; forgotten {@link #PAIR_MEMORY} after
 *     its first, cleared by a success;</li>
 * <li>the address, whatever the email: {@value #MAX_PER_ADDRESS} failures in a window of {@link #ADDRESS_WINDOW}
 *     (from the first) refuse it until the window ends;</li>
 * <li>the email from every address: past {@value #FREE_PER_EMAIL} failures it delays like a pair, but only
 *     attempts from an address that has failures of its own for that email — so failures from elsewhere slow
 *     the guessers down and never refuse the owner on a clean address.</li>
 * </ul>
 * Attempts are counted up front (as failures) when admitted and uncounted by {@link #succeeded}, so concurrent
 * attempts cannot all slip through one opening.
 */
public final class LoginThrottle {
    public static final int FREE_PER_PAIR = 3;
    public static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    public static final Duration PAIR_MEMORY = Duration.ofHours(24);
    public static final int MAX_PER_ADDRESS = 20;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    public static final int FREE_PER_EMAIL = 10;
    public static final Duration EMAIL_MEMORY = Duration.ofHours(24);

    private LoginThrottle() {}

    /** An attempt judged: admitted (zero retryAfter) or refused for {@code retryAfter}; {@code counts} are what to store. */
    public record Decision(Duration retryAfter, LoginCounts counts) {
        public Decision {
            Objects.requireNonNull(retryAfter, "retryAfter");
            Objects.requireNonNull(counts, "counts");
        }

        public boolean admitted() {
            return retryAfter.isZero();
        }
    }

    /** Judges an attempt at {@code now} against the stored counts; an admitted one is counted at once. */
    public static Decision attempt(LoginCounts stored, Instant now) {
        LoginCounts live = stored.at(now);
        Duration wait = waitBefore(live, now);
        if (!wait.isZero()) return new Decision(wait, live);
        return new Decision(Duration.ZERO, new LoginCounts(live.pair().plusOne(now, PAIR_MEMORY),
                live.address().plusOne(now, ADDRESS_WINDOW), live.email().plusOne(now, EMAIL_MEMORY)));
    }

    /** The counts after an admitted attempt succeeded: the pair is cleared, the address and the email uncounted. */
    public static LoginCounts succeeded(LoginCounts stored, Instant now) {
        return new LoginCounts(FailureCount.NONE, stored.address().minusOne(now), stored.email().minusOne(now));
    }

    /** How long an attempt at {@code now} must wait (zero: it may be tried), never more than {@link #MAX_DELAY}. */
    public static Duration waitBefore(LoginCounts stored, Instant now) {
        LoginCounts c = stored.at(now);
        Duration pair = remaining(delay(c.pair().count(), FREE_PER_PAIR), c.pair().last(), now);
        Duration address = c.address().count() >= MAX_PER_ADDRESS ? positive(Duration.between(now, c.address().expiresAt())) : Duration.ZERO;
        Duration email = c.pair().count() > 0 ? remaining(delay(c.email().count(), FREE_PER_EMAIL), c.email().last(), now) : Duration.ZERO;
        Duration longest = max(pair, max(address, email));
        // a clock stepped back (or another node's clock ahead) must not stretch a wait past the cap
        return longest.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : longest;
    }

    /** The delay owed after {@code failures}: zero up to {@code free}, then {@link #FIRST_DELAY} doubling, capped. */
    public static Duration delay(int failures, int free) {
        if (failures < free) return Duration.ZERO;
        int doublings = failures - free;
        if (doublings >= 30) return MAX_DELAY;
        Duration d = FIRST_DELAY.multipliedBy(1L << doublings);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    private static Duration remaining(Duration delay, Instant last, Instant now) {
        return delay.isZero() ? Duration.ZERO : positive(Duration.between(now, last.plus(delay)));
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
