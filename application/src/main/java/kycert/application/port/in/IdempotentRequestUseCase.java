package kycert.application.port.in;

import kycert.domain.error.ApiError;
import kycert.domain.idempotency.IdempotencyRecord;
import kycert.domain.idempotency.StoredAnswer;

/**
 * The durable idempotency of every POST outside the data plane: take the key (or replay, or refuse), run the
 * request, then {@link #complete} it with its answer or {@link #release} it when it was refused or failed.
 */
public interface IdempotentRequestUseCase {
    Begun begin(IdempotentRequestCommand command);

    /** Stores the success as the key's answer for 24 h; false when this request no longer held the key. */
    boolean complete(IdempotencyRecord lock, StoredAnswer answer);

    /** Frees the key: a refused or failed request stores nothing, so a retry runs afresh. */
    void release(IdempotencyRecord lock);

    /** What happens to a request that carries a key. */
    sealed interface Begun {
        /** The key is this request's: run it, then complete or release {@code lock}. */
        record Taken(IdempotencyRecord lock) implements Begun {}
        /** The same request completed before: its answer, to be given again. */
        record Replayed(StoredAnswer answer) implements Begun {}
        /** idempotency_key_reused, idempotency_key_in_use (with Retry-After) or invalid_idempotency_key. */
        record Refused(ApiError error) implements Begun {}
    }
}
