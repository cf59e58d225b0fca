package kycert.application.port.out;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import kycert.domain.run.RunId;

/**
 * Accepted runs waiting for a worker. A claim is a lease: a run claimed by a worker that dies is claimable again
 * once the lease lapses, so every accepted run is finished by some node.
 */
public interface RunQueuePort {
    Option<RunId> claim(Instant now, Duration lease);

    /** Removes a finished run from the queue. */
    void done(RunId run);

    /** Blocks up to {@code max} or until work may be available. */
    void awaitWork(Duration max) throws InterruptedException;
}
