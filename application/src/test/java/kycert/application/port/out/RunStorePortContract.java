package kycert.application.port.out;

import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.account;
import static kycert.application.port.out.PortFixtures.accepted;
import static kycert.application.port.out.PortFixtures.completed;
import static kycert.application.port.out.PortFixtures.concurrently;
import static kycert.application.port.out.PortFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import kycert.application.port.out.PortFixtures.Account;
import kycert.application.port.out.RunStorePort.RunFilter;
import kycert.domain.apikey.Environment;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.run.Run;
import kycert.domain.run.RunId;
import kycert.domain.run.RunStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RunStorePort} promises: runs are seen only by their tenant in their environment, listed newest
 * first (created_at desc, then id desc with ids compared as unsigned 128-bit numbers, as SQL sorts UUIDs), and a
 * terminal run is never overwritten. Runs are inserted through {@link AcceptRunPort}, the only way in.
 */
public abstract class RunStorePortContract {
    protected Ports ports;
    private RunStorePort runs;
    private Account account;

    /** A fresh, empty set of stores; called before every test. */
    protected abstract Ports newPorts();

    @BeforeEach
    void setUpPorts() {
        ports = newPorts();
        runs = ports.runs();
        account = account(ports, 0);
    }

    private Run accept(Environment environment, int secondsAfterT0, String externalId) {
        return accepted(ports, run(account, environment, T0.plusSeconds(secondsAfterT0), externalId));
    }

    private RunFilter all(Environment environment) {
        return new RunFilter(account.id(), environment, Option.none(), Option.none());
    }

    @Test
    void acceptedRun_isFoundByItsTenantInItsEnvironment_exactlyAsAccepted() {
        Run run = accept(Environment.LIVE, 0, "order-1");

        assertThat(runs.find(account.id(), Environment.LIVE, run.id())).containsExactly(run);
        assertThat(runs.findById(run.id())).containsExactly(run);
    }

    @Test
    void run_isNotFoundByAnotherTenant() {
        Run run = accept(Environment.TEST, 0, null);
        Account other = account(ports, 0);

        assertThat(runs.find(other.id(), Environment.TEST, run.id())).isEmpty();
    }

    @Test
    void run_isNotFoundInTheOtherEnvironment() {
        Run live = accept(Environment.LIVE, 0, null);
        Run test = accept(Environment.TEST, 0, null);

        assertThat(runs.find(account.id(), Environment.TEST, live.id())).isEmpty();
        assertThat(runs.find(account.id(), Environment.LIVE, test.id())).isEmpty();
    }

    @Test
    void unknownRun_isNotFound() {
        RunId unknown = new RunId(UUID.randomUUID());

        assertThat(runs.findById(unknown)).isEmpty();
        assertThat(runs.find(account.id(), Environment.TEST, unknown)).isEmpty();
    }

    @Test
    void findAll_returnsThoseThatExist_whateverTheirTenantOrEnvironment() {
        Run live = accept(Environment.LIVE, 0, null);
        Run test = accept(Environment.TEST, 5, null);
        Account otherTenant = account(ports, 0);
        Run foreign = accepted(ports, run(otherTenant, Environment.TEST, T0, null));
        RunId unknown = new RunId(UUID.randomUUID());

        assertThat(runs.findAll(List.of(live.id(), unknown, test.id(), foreign.id(), live.id())))
                .containsExactlyInAnyOrder(live, test, foreign);
        assertThat(runs.findAll(List.of(unknown))).isEmpty();
        assertThat(runs.findAll(List.of())).isEmpty();
    }

    @Test
    void list_isNewestFirst() {
        Run first = accept(Environment.TEST, 0, null);
        Run third = accept(Environment.TEST, 20, null);
        Run second = accept(Environment.TEST, 10, null);

        assertThat(runs.list(all(Environment.TEST), Option.none(), 10)).containsExactly(third, second, first);
    }

    @Test
    void list_ordersRunsCreatedAtTheSameInstant_byIdDescending() {
        List<Run> tied = new ArrayList<>();
        for (int i = 0; i < 6; i++) tied.add(accept(Environment.TEST, 5, null));
        // unsigned order is the canonical text order of UUIDs
        tied.sort(Comparator.comparing((Run r) -> r.id().value().toString()).reversed());

        assertThat(runs.list(all(Environment.TEST), Option.none(), 10)).containsExactlyElementsOf(tied);
    }

    @Test
    void list_returnsAtMostLimitRuns_theNewest() {
        List<Run> accepted = IntStream.range(0, 5).mapToObj(i -> accept(Environment.TEST, i, null)).toList();

        assertThat(runs.list(all(Environment.TEST), Option.none(), 2)).containsExactly(accepted.get(4), accepted.get(3));
    }

    @Test
    void list_startsStrictlyAfterThePosition() {
        Run first = accept(Environment.TEST, 0, null);
        Run second = accept(Environment.TEST, 10, null);
        accept(Environment.TEST, 20, null);

        Position atSecond = new Position(second.createdAt(), second.id().value());

        assertThat(runs.list(all(Environment.TEST), Option.of(atSecond), 10)).containsExactly(first);
    }

    @Test
    void pagingByTheLastRunsPosition_visitsEveryRunOnce_inOrder_evenAcrossTies() {
        List<Run> accepted = new ArrayList<>();
        for (int i = 0; i < 9; i++) accepted.add(accept(Environment.LIVE, i / 3, null));
        List<Run> expected = runs.list(all(Environment.LIVE), Option.none(), 100);

        List<Run> visited = new ArrayList<>();
        Option<Position> after = Option.none();
        for (int page = 0; page < 10; page++) {
            List<Run> rows = runs.list(all(Environment.LIVE), after, 2);
            if (rows.isEmpty()) break;
            visited.addAll(rows);
            Run last = rows.getLast();
            after = Option.of(new Position(last.createdAt(), last.id().value()));
        }

        assertThat(expected).containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(visited).containsExactlyElementsOf(expected);
    }

    @Test
    void list_filtersByStatus() {
        Run queued = accept(Environment.TEST, 0, null);
        Run done = accept(Environment.TEST, 1, null);
        runs.transition(completed(done, T0.plusSeconds(3)));

        RunFilter completedOnly = new RunFilter(account.id(), Environment.TEST, Option.of(RunStatus.COMPLETED), Option.none());
        RunFilter queuedOnly = new RunFilter(account.id(), Environment.TEST, Option.of(RunStatus.QUEUED), Option.none());

        assertThat(runs.list(completedOnly, Option.none(), 10)).containsExactly(completed(done, T0.plusSeconds(3)));
        assertThat(runs.list(queuedOnly, Option.none(), 10)).containsExactly(queued);
    }

    @Test
    void list_filtersByExternalId() {
        Run a1 = accept(Environment.TEST, 0, "customer-a");
        accept(Environment.TEST, 1, "customer-b");
        Run a2 = accept(Environment.TEST, 2, "customer-a");
        accept(Environment.TEST, 3, null);

        RunFilter customerA = new RunFilter(account.id(), Environment.TEST, Option.none(), Option.of("customer-a"));

        assertThat(runs.list(customerA, Option.none(), 10)).containsExactly(a2, a1);
    }

    @Test
    void list_combinesStatusAndExternalIdFilters() {
        Run match = accept(Environment.TEST, 0, "customer-a");
        accept(Environment.TEST, 1, "customer-a");
        accept(Environment.TEST, 2, "customer-b");
        Run matchDone = completed(match, T0.plusSeconds(5));
        runs.transition(matchDone);

        RunFilter filter = new RunFilter(account.id(), Environment.TEST, Option.of(RunStatus.COMPLETED), Option.of("customer-a"));

        assertThat(runs.list(filter, Option.none(), 10)).containsExactly(matchDone);
    }

    @Test
    void list_showsOnlyTheTenantsRuns_inTheFilteredEnvironment() {
        Run live = accept(Environment.LIVE, 0, null);
        Run test = accept(Environment.TEST, 1, null);
        Account other = account(ports, 0);
        accepted(ports, run(other, Environment.LIVE, T0.plusSeconds(2), null));
        accepted(ports, run(other, Environment.TEST, T0.plusSeconds(3), null));

        assertThat(runs.list(all(Environment.LIVE), Option.none(), 10)).containsExactly(live);
        assertThat(runs.list(all(Environment.TEST), Option.none(), 10)).containsExactly(test);
    }

    @Test
    void list_ofATenantWithoutRuns_isEmpty() {
        accept(Environment.TEST, 0, null);

        assertThat(runs.list(new RunFilter(account(ports, 0).id(), Environment.TEST, Option.none(), Option.none()), Option.none(), 10)).isEmpty();
    }

    @Test
    void transition_movesAQueuedRunToProcessing_thenToCompleted() {
        Run run = accept(Environment.TEST, 0, null);
        Run processing = run.start().get();
        Run done = completed(processing, T0.plusSeconds(2));

        assertThat(runs.transition(processing)).isTrue();
        assertThat(runs.findById(run.id())).containsExactly(processing);
        assertThat(runs.transition(done)).isTrue();
        assertThat(runs.find(account.id(), Environment.TEST, run.id())).containsExactly(done);
    }

    @Test
    void transition_movesAQueuedRunToFailed() {
        Run run = accept(Environment.LIVE, 0, null);
        Run failed = run.fail(T0.plusSeconds(1)).get();

        assertThat(runs.transition(failed)).isTrue();
        assertThat(runs.findById(run.id())).containsExactly(failed);
    }

    @Test
    void completedRun_isNeverOverwritten() {
        Run run = accept(Environment.TEST, 0, null);
        Run done = completed(run, T0.plusSeconds(2));
        runs.transition(done);

        assertThat(runs.transition(completed(run, T0.plusSeconds(9)))).isFalse();
        assertThat(runs.transition(run.fail(T0.plusSeconds(9)).get())).isFalse();
        assertThat(runs.transition(run.start().get())).isFalse();
        assertThat(runs.findById(run.id())).containsExactly(done);
    }

    @Test
    void failedRun_isNeverOverwritten() {
        Run run = accept(Environment.TEST, 0, null);
        Run failed = run.fail(T0.plusSeconds(1)).get();
        runs.transition(failed);

        assertThat(runs.transition(completed(run, T0.plusSeconds(2)))).isFalse();
        assertThat(runs.findById(run.id())).containsExactly(failed);
    }

    @Test
    void completingFromManyThreads_succeedsExactlyOnce_andKeepsTheWinner() {
        Run run = accept(Environment.TEST, 0, null);
        runs.transition(run.start().get());
        List<Run> attempts = IntStream.range(0, 8).mapToObj(i -> completed(run, T0.plusSeconds(10 + i))).toList();

        List<Boolean> results = concurrently(8, i -> runs.transition(attempts.get(i)));

        assertThat(results).containsOnlyOnce(true);
        assertThat(runs.findById(run.id())).containsExactly(attempts.get(results.indexOf(true)));
    }
}
