package kycert.domain.webhook;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When to retry a failed delivery: about 1 s after the first failure, doubling each time with ±25 % jitter,
 * capped at 1 h; no attempt is scheduled more than 24 h after the event.
 */
public final class BackoffSchedule {
    public static final Duration FIRST = Duration.ofSeconds(1);
    public static final Duration CAP = Duration.ofHours(1);
    public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

    private BackoffSchedule() {}

    /** The nominal delay after {@code failedAttempts} failures (≥ 1), before jitter. */
    public static Duration nominal(int failedAttempts) {
        if (failedAttempts < 1) throw new IllegalArgumentException("at least one failure");
        int shift = Math.min(failedAttempts - 1, 30);
        long ms = FIRST.toMillis() << shift;
        return ms >= CAP.toMillis() || ms <= 0 ? CAP : Duration.ofMillis(ms);
    }

    /** The delay with jitter: within [0.75, 1.25] × nominal, never above the cap. */
    public static Duration delay(int failedAttempts, RandomGenerator random) {
        long nominal = nominal(failedAttempts).toMillis();
        long jittered = Math.round(nominal * (0.75 + 0.5 * random.nextDouble()));
        return Duration.ofMillis(Math.min(jittered, CAP.toMillis()));
    }

    /** The next attempt's time, or none when it would fall past the 24 h horizon. */
    public static Option<Instant> next(Instant eventCreated, Instant now, int failedAttempts, RandomGenerator random) {
        Instant at = now.plus(delay(failedAttempts, random));
        return at.isAfter(eventCreated.plus(GIVE_UP_AFTER)) ? Option.none() : Option.of(at);
    }
}
