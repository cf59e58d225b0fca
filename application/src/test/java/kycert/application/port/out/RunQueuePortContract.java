package kycert.application.port.out;

import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.account;
import static kycert.application.port.out.PortFixtures.accepted;
import static kycert.application.port.out.PortFixtures.concurrently;
import static kycert.application.port.out.PortFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import kycert.application.port.out.PortFixtures.Account;
import kycert.domain.apikey.Environment;
import kycert.domain.run.RunId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RunQueuePort} promises: an accepted run is claimable; a claim is a lease that keeps the run
 * from every other claimer until it lapses; a finished run is never claimed again. Runs arrive through
 * {@link AcceptRunPort}.
 */
public abstract class RunQueuePortContract {
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Instant AFTER_LEASE = T0.plus(LEASE).plusSeconds(1);

    protected Ports ports;
    private RunQueuePort queue;
    private Account account;

    /** A fresh, empty set of stores; called before every test. */
    protected abstract Ports newPorts();

    @BeforeEach
    void setUpPorts() {
        ports = newPorts();
        queue = ports.queue();
        account = account(ports, 0);
    }

    private RunId enqueued() {
        return accepted(ports, run(account, Environment.TEST, T0, null)).id();
    }

    private List<RunId> claimAll(Instant now) {
        List<RunId> claimed = new ArrayList<>();
        for (Option<RunId> c = queue.claim(now, LEASE); c.isDefined(); c = queue.claim(now, LEASE)) claimed.add(c.get());
        return claimed;
    }

    @Test
    void emptyQueue_hasNothingToClaim() {
        assertThat(queue.claim(T0, LEASE)).isEmpty();
    }

    @Test
    void acceptedRun_isClaimable() {
        RunId run = enqueued();

        assertThat(queue.claim(T0, LEASE)).containsExactly(run);
    }

    @Test
    void claimedRun_isNotClaimedAgain_whileItsLeaseHolds() {
        enqueued();
        queue.claim(T0, LEASE);

        assertThat(queue.claim(T0, LEASE)).isEmpty();
        assertThat(queue.claim(T0.plus(LEASE).minusSeconds(1), LEASE)).isEmpty();
    }

    @Test
    void claimedRun_isClaimableAgain_onceItsLeaseLapses() {
        RunId run = enqueued();
        queue.claim(T0, LEASE);

        assertThat(queue.claim(AFTER_LEASE, LEASE)).containsExactly(run);
        assertThat(queue.claim(AFTER_LEASE, LEASE)).isEmpty();
    }

    @Test
    void doneRun_isNeverClaimedAgain() {
        RunId run = enqueued();
        queue.claim(T0, LEASE);

        queue.done(run);

        assertThat(queue.claim(AFTER_LEASE, LEASE)).isEmpty();
        assertThat(queue.claim(T0.plus(Duration.ofDays(2)), LEASE)).isEmpty();
    }

    @Test
    void done_removesOnlyThatRun() {
        RunId finished = enqueued();
        RunId waiting = enqueued();

        queue.done(finished);

        assertThat(claimAll(T0)).containsExactly(waiting);
    }

    @Test
    void everyQueuedRun_isClaimedOnce() {
        List<RunId> runs = IntStream.range(0, 4).mapToObj(i -> enqueued()).toList();

        assertThat(claimAll(T0)).containsExactlyInAnyOrderElementsOf(runs);
    }

    @Test
    void concurrentClaims_takeEachRunOnce_andLapsedLeasesFreeThemAgain() {
        List<RunId> runs = IntStream.range(0, 6).mapToObj(i -> enqueued()).toList();

        List<List<RunId>> first = concurrently(8, thread -> claimAll(T0));
        List<List<RunId>> second = concurrently(8, thread -> claimAll(AFTER_LEASE));

        assertThat(first.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(runs);
        assertThat(second.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(runs);
    }

    @Test
    void batchClaim_takesAtMostMax_andLeavesTheRestClaimable() {
        List<RunId> runs = IntStream.range(0, 5).mapToObj(i -> enqueued()).toList();

        List<RunId> first = queue.claim(T0, LEASE, 3);

        assertThat(first).hasSize(3).doesNotHaveDuplicates();
        assertThat(runs).containsAll(first);
        assertThat(queue.claim(T0, LEASE, 3)).containsExactlyInAnyOrderElementsOf(
                runs.stream().filter(r -> !first.contains(r)).toList());
        assertThat(queue.claim(T0, LEASE, 3)).isEmpty();
        assertThat(queue.claim(AFTER_LEASE, LEASE, 10)).containsExactlyInAnyOrderElementsOf(runs);
    }

    @Test
    void batchClaim_ofAnEmptyQueue_isEmpty() {
        assertThat(queue.claim(T0, LEASE, 8)).isEmpty();
    }

    @Test
    void concurrentBatchClaims_takeEachRunOnce() {
        List<RunId> runs = IntStream.range(0, 30).mapToObj(i -> enqueued()).toList();

        List<List<RunId>> taken = concurrently(6, thread -> {
            List<RunId> mine = new ArrayList<>();
            for (List<RunId> batch = queue.claim(T0, LEASE, 4); !batch.isEmpty(); batch = queue.claim(T0, LEASE, 4)) {
                assertThat(batch.size()).isLessThanOrEqualTo(4);
                mine.addAll(batch);
            }
            return mine;
        });

        assertThat(taken.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(runs);
    }

    @Test
    void awaitWork_returnsWithinItsBound() throws InterruptedException {
        long started = System.nanoTime();

        queue.awaitWork(Duration.ofMillis(100));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
}
