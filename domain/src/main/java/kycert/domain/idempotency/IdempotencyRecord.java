package kycert.domain.idempotency;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What is stored under a scoped key hash: the request's fingerprint, and either a lock (in use, until
 * {@code lockedUntil}) or the answer to the request: the id of the run it created (the data plane, replayed from
 * the run) or its {@link StoredAnswer} (every other POST). Completed records live 24 h.
 */
public record IdempotencyRecord(String scopedKeyHash, RequestFingerprint fingerprint, Option<UUID> runId,
                                Option<StoredAnswer> answer, Instant lockedUntil, Instant expiresAt) {
    public static final Duration TTL = Duration.ofHours(24);
    /** How long a request may hold a key before another may take it over (a crashed node's lock). */
    public static final Duration LOCK = Duration.ofSeconds(30);

    public IdempotencyRecord {
        Objects.requireNonNull(scopedKeyHash);
        Objects.requireNonNull(fingerprint);
        Objects.requireNonNull(runId);
        Objects.requireNonNull(answer);
        if (runId.isDefined() && answer.isDefined()) throw new IllegalArgumentException("one answer per request");
        Objects.requireNonNull(lockedUntil);
        Objects.requireNonNull(expiresAt);
    }

    /** A record with no stored answer: a lock, or a request that created a run. */
    public IdempotencyRecord(String scopedKeyHash, RequestFingerprint fingerprint, Option<UUID> runId,
                             Instant lockedUntil, Instant expiresAt) {
        this(scopedKeyHash, fingerprint, runId, Option.none(), lockedUntil, expiresAt);
    }

    public static IdempotencyRecord lock(String scopedKeyHash, RequestFingerprint fingerprint, Instant now) {
        return new IdempotencyRecord(scopedKeyHash, fingerprint, Option.none(), now.plus(LOCK), now.plus(TTL));
    }

    public IdempotencyRecord complete(UUID run, Instant now) {
        return new IdempotencyRecord(scopedKeyHash, fingerprint, Option.of(run), now, now.plus(TTL));
    }

    public IdempotencyRecord complete(StoredAnswer stored, Instant now) {
        return new IdempotencyRecord(scopedKeyHash, fingerprint, Option.none(), Option.of(stored), now, now.plus(TTL));
    }

    public boolean completed() { return runId.isDefined() || answer.isDefined(); }

    public boolean expired(Instant now) { return !now.isBefore(expiresAt); }

    /** An unfinished record whose lock has lapsed: its holder died, the key is free again. */
    public boolean abandoned(Instant now) { return !completed() && !now.isBefore(lockedUntil); }
}
