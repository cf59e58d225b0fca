package kycert.application.service;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import kycert.application.port.in.IdempotentRequestCommand;
import kycert.application.port.in.IdempotentRequestUseCase;
import kycert.application.port.out.IdempotencyStorePort;
import kycert.domain.apikey.SecretHasher;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.idempotency.IdempotencyKey;
import kycert.domain.idempotency.IdempotencyPolicy.Verdict;
import kycert.domain.idempotency.IdempotencyRecord;
import kycert.domain.idempotency.StoredAnswer;

/** Management and operator POSTs through the same durable store and state machine as the data plane's runs. */
public final class IdempotentRequestService implements IdempotentRequestUseCase {
    private final IdempotencyStorePort store;
    private final SecretHasher hasher;
    private final Clock clock;

    public IdempotentRequestService(IdempotencyStorePort store, SecretHasher hasher, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public Begun begin(IdempotentRequestCommand command) {
        Either<ApiError, IdempotencyKey> key = IdempotencyKey.parse(command.key());
        if (key.isLeft()) return new Begun.Refused(key.getLeft());
        // labelled apart from the data plane's "idempotency" hash: a key never answers across planes
        String scoped = hasher.macHex("idempotency:" + command.plane(), command.scope(), key.get().value());
        Instant now = clock.instant();
        IdempotencyRecord lock = IdempotencyRecord.lock(scoped, command.fingerprint(), now);
        return switch (IdempotencyLocks.take(store, lock, now, clock)) {
            case Verdict.Proceed p -> new Begun.Taken(lock);
            case Verdict.ReplayAnswer r -> new Begun.Replayed(r.answer());
            // a run's key under this label cannot exist: the labels differ
            case Verdict.Replay r -> new Begun.Refused(ApiError.of(ErrorCode.INTERNAL_ERROR));
            case Verdict.Reused r -> new Begun.Refused(ApiError.of(ErrorCode.IDEMPOTENCY_KEY_REUSED));
            case Verdict.InUse u -> new Begun.Refused(ApiError.of(ErrorCode.IDEMPOTENCY_KEY_IN_USE).withRetryAfter(u.retryAfter()));
        };
    }

    @Override
    public boolean complete(IdempotencyRecord lock, StoredAnswer answer) {
        return store.complete(lock, lock.complete(answer, clock.instant()));
    }

    @Override
    public void release(IdempotencyRecord lock) {
        store.release(lock);
    }
}
