package kycert.application.port.out;

import io.vavr.control.Option;
import java.util.List;
import kycert.domain.apikey.Environment;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.run.Run;
import kycert.domain.run.RunId;
import kycert.domain.run.RunStatus;
import kycert.domain.tenant.TenantId;

/** Runs. Inserts happen only inside {@link AcceptRunPort}; a terminal run is never overwritten. */
public interface RunStorePort {
    /** A run as its tenant sees it in one environment; none for another tenant's or environment's run. */
    Option<Run> find(TenantId tenant, Environment environment, RunId id);

    /** Any run, for workers. */
    Option<Run> findById(RunId id);

    /** Those of {@code ids} that exist, in no particular order, in one read; for workers. */
    List<Run> findAll(List<RunId> ids);

    /** Newest first (created_at desc, id desc), strictly after {@code after}, at most {@code limit} rows. */
    List<Run> list(RunFilter filter, Option<Position> after, int limit);

    /**
     * Moves a non-terminal run to {@code run}'s state (processing, completed, failed). Returns false and changes
     * nothing when the stored run is already terminal: a run completes exactly once.
     */
    boolean transition(Run run);

    /** What a listing is restricted to. */
    record RunFilter(TenantId tenant, Environment environment, Option<RunStatus> status, Option<String> externalId) {}
}
