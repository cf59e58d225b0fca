package kycert.adapters.jdbc;

import io.vavr.control.Option;
import java.util.UUID;
import kycert.domain.idempotency.IdempotencyRecord;
import kycert.domain.idempotency.RequestFingerprint;
import kycert.domain.idempotency.StoredAnswer;

/**
 * An {@code idempotency_keys} row: a lock (no run, no answer yet) or a completed request (its run, or its stored
 * answer). Public only so Jdbi can map and bind it reflectively.
 */
public record IdempotencyRow(String keyHash, String fingerprint, UUID runId, long lockedUntil, long expiresAt,
                             Integer answerStatus, String answerResource, String answerBody) {
    static IdempotencyRow of(IdempotencyRecord r) {
        return new IdempotencyRow(r.scopedKeyHash(), r.fingerprint().hex(), r.runId().getOrNull(),
                EpochNanos.of(r.lockedUntil()), EpochNanos.of(r.expiresAt()),
                r.answer().map(StoredAnswer::status).getOrNull(), r.answer().map(StoredAnswer::resource).getOrNull(),
                r.answer().map(StoredAnswer::body).getOrNull());
    }

    IdempotencyRecord toDomain() {
        Option<StoredAnswer> answer = answerStatus == null ? Option.none()
                : Option.of(new StoredAnswer(answerStatus, answerResource, answerBody));
        return new IdempotencyRecord(keyHash, new RequestFingerprint(fingerprint), Option.of(runId), answer,
                EpochNanos.instant(lockedUntil), EpochNanos.instant(expiresAt));
    }
}
