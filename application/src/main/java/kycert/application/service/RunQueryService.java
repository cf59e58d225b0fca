package kycert.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import kycert.application.port.in.GetRunQuery;
import kycert.application.port.in.GetRunUseCase;
import kycert.application.port.in.ListRunsQuery;
import kycert.application.port.in.ListRunsUseCase;
import kycert.application.port.out.RunStorePort;
import kycert.application.port.out.RunStorePort.RunFilter;
import kycert.domain.apikey.ApiKey;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.pagination.CursorCodec;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.pagination.Page;
import kycert.domain.run.Run;
import kycert.domain.run.RunId;
import kycert.domain.run.RunStatus;
import kycert.domain.scope.Scope;

/** Reads runs: one by id (scoped to the caller's tenant and environment) or a page of them. */
public final class RunQueryService implements GetRunUseCase, ListRunsUseCase {
    private final RunStorePort runs;
    private final Paging paging;

    public RunQueryService(RunStorePort runs, CursorCodec cursors) {
        this.runs = runs;
        this.paging = new Paging(cursors);
    }

    @Override
    public Either<ApiError, Run> get(GetRunQuery query) {
        ApiKey caller = query.caller();
        Either<ApiError, Scope> scope = Scope.require(caller.scopes(), query.view().scope());
        if (scope.isLeft()) return Either.left(scope.getLeft());
        return RunId.parse(query.runId())
                .flatMap(id -> runs.find(caller.tenantId(), caller.environment(), id))
                .toEither(() -> ApiError.of(ErrorCode.RUN_NOT_FOUND));
    }

    @Override
    public Either<ApiError, Page<Run>> list(ListRunsQuery query) {
        ApiKey caller = query.caller();
        Either<ApiError, Scope> scope = Scope.require(caller.scopes(), Scope.RUNS_READ);
        if (scope.isLeft()) return Either.left(scope.getLeft());
        Option<RunStatus> status = Option.none();
        if (query.status() != null) {
            status = RunStatus.parse(query.status());
            if (status.isEmpty()) return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER,
                    "status must be one of queued, processing, completed, failed.", "status"));
        }
        if (query.externalId() != null && (query.externalId().isEmpty() || query.externalId().length() > 255)) {
            return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "external_id must be 1 to 255 characters.", "external_id"));
        }
        RunFilter filter = new RunFilter(caller.tenantId(), caller.environment(), status, Option.of(query.externalId()));
        return paging.request(query.limit(), query.cursor(), binding(filter))
                .map(request -> paging.page(runs.list(filter, request.after(), request.limit() + 1), request,
                        run -> new Position(run.createdAt(), run.id().value())));
    }

    private static String binding(RunFilter f) {
        return "runs|" + f.tenant() + "|" + f.environment().wire() + "|" + f.status().map(RunStatus::wire).getOrElse("")
                + "|" + f.externalId().map(e -> e.length() + ":" + e).getOrElse("");
    }
}
