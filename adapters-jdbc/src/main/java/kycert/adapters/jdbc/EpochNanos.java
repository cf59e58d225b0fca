package kycert.adapters.jdbc;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/** Instants as stored: epoch nanoseconds, so an {@link Instant} round-trips exactly on every vendor. */
final class EpochNanos {
    private static final long PER_SECOND = 1_000_000_000L;

    private EpochNanos() {}

    static long of(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), PER_SECOND), t.getNano());
    }

    static Long of(Option<Instant> t) {
        return t.map(EpochNanos::of).getOrNull();
    }

    static long of(Duration d) {
        return d.toNanos();
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, PER_SECOND), Math.floorMod(nanos, PER_SECOND));
    }

    static Option<Instant> optional(Long nanos) {
        return Option.of(nanos).map(n -> instant(n.longValue()));
    }
}
