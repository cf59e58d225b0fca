package kycert.application.port.in;

import io.vavr.control.Either;
import kycert.domain.error.ApiError;
import kycert.domain.run.Run;

/** GET /bureau/runs/{id}[/analysis|/detail]; another tenant's or environment's run is run_not_found. */
public interface GetRunUseCase {
    Either<ApiError, Run> get(GetRunQuery query);
}
