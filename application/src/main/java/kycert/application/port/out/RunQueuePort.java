package kycert.application.port.out;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kycert.domain.run.RunId;

/**
 * Accepted runs waiting for a worker. A claim is a lease: a run claimed by a worker that dies is claimable again
 * once the lease lapses, so every accepted run is finished by some node.
 */
public interface RunQueuePort {
    /**
     * Leases up to {@code max} (≥ 1) claimable runs, oldest first, until {@code now + lease}: none of them is handed to
     * another claimer before the lease lapses. Empty when nothing is claimable.
     */
    List<RunId> claim(Instant now, Duration lease, int max);

    /** Leases the oldest claimable run, if any. */
    default Option<RunId> claim(Instant now, Duration lease) {
        return Option.ofOptional(claim(now, lease, 1).stream().findFirst());
    }

    /** Removes a finished run from the queue. */
    void done(RunId run);

    /** Blocks up to {@code max} or until work may be available. */
    void awaitWork(Duration max) throws InterruptedException;
}
