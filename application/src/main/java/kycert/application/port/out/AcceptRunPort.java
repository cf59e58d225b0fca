package kycert.application.port.out;

import io.vavr.control.Option;
import kycert.domain.idempotency.IdempotencyRecord;
import kycert.domain.run.Run;

/**
 * The one atomic step that accepts a run: debit {@code cost} credits (only if the tenant is active and can pay),
 * insert the run, store the completed idempotency record, and queue the run. All or nothing.
 */
public interface AcceptRunPort {
    /** False (and nothing written) when the tenant is suspended or its balance is below {@code cost}. */
    boolean accept(Run run, long cost, Option<IdempotencyRecord> completedKey);
}
