package kycert.application.port.in;

import io.vavr.control.Either;
import kycert.domain.error.ApiError;
import kycert.domain.pagination.Page;
import kycert.domain.run.Run;

/** Lists the caller's runs in its environment, newest first, with signed cursors. */
public interface ListRunsUseCase {
    Either<ApiError, Page<Run>> list(ListRunsQuery query);
}
