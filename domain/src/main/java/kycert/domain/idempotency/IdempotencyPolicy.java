package kycert.domain.idempotency;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** The idempotency state machine: absent → in use → completed; same key with another body → reused. */
public final class IdempotencyPolicy {
    private IdempotencyPolicy() {}

    /** What to do with a request that carries a key, given what is stored under it. */
    public sealed interface Verdict {
        /** Nothing live is stored: take the key and run the request. */
        record Proceed() implements Verdict {}
        /** Completed with the same body by accepting a run: answer that run as it was accepted. */
        record Replay(UUID runId) implements Verdict {}
        /** Completed with the same body: give the stored answer again. */
        record ReplayAnswer(StoredAnswer answer) implements Verdict {}
        /** Stored with another body. */
        record Reused() implements Verdict {}
        /** Another request holds the key right now. */
        record InUse(Duration retryAfter) implements Verdict {}
    }

    public static Verdict evaluate(Option<IdempotencyRecord> stored, RequestFingerprint fingerprint, Instant now) {
        if (stored.isEmpty()) return new Verdict.Proceed();
        IdempotencyRecord r = stored.get();
        if (r.expired(now) || r.abandoned(now)) return new Verdict.Proceed();
        if (!r.fingerprint().equals(fingerprint)) return r.completed() ? new Verdict.Reused() : new Verdict.InUse(retryAfter(r, now));
        if (r.answer().isDefined()) return new Verdict.ReplayAnswer(r.answer().get());
        if (r.completed()) return new Verdict.Replay(r.runId().get());
        return new Verdict.InUse(retryAfter(r, now));
    }

    private static Duration retryAfter(IdempotencyRecord r, Instant now) {
        // the holder usually finishes within milliseconds, so poll soon rather than wait for the lock to lapse
        Duration left = Duration.between(now, r.lockedUntil());
        return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : Duration.ofSeconds(Math.min(2, left.toSeconds()));
    }
}
