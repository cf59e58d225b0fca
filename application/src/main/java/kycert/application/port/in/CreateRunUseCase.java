package kycert.application.port.in;

import io.vavr.control.Either;
import kycert.domain.error.ApiError;
import kycert.domain.run.Run;

/** POST /bureau/runs: scope, idempotency, validation, subject type, template, billing, then the run is queued. */
public interface CreateRunUseCase {
    Either<ApiError, Created> create(CreateRunCommand command);

    /** The accepted run (as it was at acceptance) and whether this answer is a replay. */
    record Created(Run run, boolean replayed) {}
}
