package kycert.adapters.jdbc;

import io.vavr.control.Option;
import java.util.UUID;
import kycert.domain.idempotency.IdempotencyRecord;
import kycert.domain.idempotency.RequestFingerprint;

/**
 * An {@code idempotency_keys} row: a lock (no run yet) or a completed request (its run). Public only so Jdbi can
 * map and bind it reflectively.
 */
public record IdempotencyRow(String keyHash, String fingerprint, UUID runId, long lockedUntil, long expiresAt) {
    static IdempotencyRow of(IdempotencyRecord r) {
        return new IdempotencyRow(r.scopedKeyHash(), r.fingerprint().hex(), r.runId().getOrNull(),
                EpochNanos.of(r.lockedUntil()), EpochNanos.of(r.expiresAt()));
    }

    IdempotencyRecord toDomain() {
        return new IdempotencyRecord(keyHash, new RequestFingerprint(fingerprint), Option.of(runId),
                EpochNanos.instant(lockedUntil), EpochNanos.instant(expiresAt));
    }
}
