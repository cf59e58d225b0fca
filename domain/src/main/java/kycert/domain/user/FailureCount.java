package kycert.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Failed logins counted for one subject: how many since its window opened, the latest, and when the count is forgotten. */
public record FailureCount(int count, Instant last, Instant expiresAt) {
    public static final FailureCount NONE = new FailureCount(0, Instant.EPOCH, Instant.EPOCH);

    public FailureCount {
        if (count < 0) throw new IllegalArgumentException("count < 0");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** This count as it stands at {@code now}: {@link #NONE} once its window has passed. */
    public FailureCount at(Instant now) {
        return expiresAt.isAfter(now) ? this : NONE;
    }

    /** One more at {@code now}; a count at zero (or expired) opens a new window of {@code span}. */
    public FailureCount plusOne(Instant now, Duration span) {
        FailureCount live = at(now);
        if (live.count == 0) return new FailureCount(1, now, now.plus(span));
        return new FailureCount(live.count + 1, live.last.isAfter(now) ? live.last : now, live.expiresAt);
    }

    /** One fewer (an attempt counted up front turned out to succeed), never below zero. */
    public FailureCount minusOne(Instant now) {
        FailureCount live = at(now);
        return live.count == 0 ? live : new FailureCount(live.count - 1, live.last, live.expiresAt);
    }
}
