package kycert.application.port.out;

import static kycert.application.port.out.ManagementFixtures.delivery;
import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.account;
import static kycert.application.port.out.PortFixtures.accepted;
import static kycert.application.port.out.PortFixtures.completed;
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
import kycert.domain.run.Run;
import kycert.domain.webhook.WebhookDelivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RunCompletionPort} promises: ending a run that had not ended stores the ended run and makes its
 * outbox claimable, as one step; ending a run again (or one never accepted) answers false and writes nothing, even
 * when many nodes end the same run at once.
 */
public abstract class RunCompletionPortContract {
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Instant LATER = T0.plus(Duration.ofDays(1));

    protected Stores stores;
    private RunCompletionPort completion;
    private WebhookDeliveryStorePort deliveries;
    private Account account;

    /** A fresh, empty store seen through both planes; called before every test. */
    protected abstract Stores newStores();

    @BeforeEach
    void setUpStores() {
        stores = newStores();
        completion = stores.management().runCompletion();
        deliveries = stores.management().webhookDeliveries();
        account = account(stores.ports(), 0);
    }

    private Run acceptedRun() {
        return accepted(stores.ports(), run(account, Environment.TEST, T0, null));
    }

    private List<WebhookDelivery> outbox(int count, Instant at) {
        return IntStream.range(0, count).mapToObj(i -> delivery(account.id(), at)).toList();
    }

    private List<WebhookDelivery> written() {
        return deliveries.list(account.id(), Option.none(), 100);
    }

    @Test
    void end_endsAQueuedRun_andMakesItsOutboxClaimable() {
        Run run = acceptedRun();
        Run done = completed(run, T0.plusSeconds(2));
        List<WebhookDelivery> outbox = outbox(2, T0.plusSeconds(2));

        assertThat(completion.end(done, outbox)).isTrue();

        assertThat(stores.ports().runs().findById(run.id())).containsExactly(done);
        assertThat(deliveries.claimDue(T0.plusSeconds(2), LEASE, 10)).containsExactlyInAnyOrderElementsOf(outbox);
        assertThat(written()).containsExactlyInAnyOrderElementsOf(outbox);
    }

    @Test
    void end_endsAProcessingRun_asFailed() {
        Run run = acceptedRun();
        Run processing = run.start().get();
        stores.ports().runs().transition(processing);
        Run failed = processing.fail(T0.plusSeconds(3)).get();
        List<WebhookDelivery> outbox = outbox(1, T0.plusSeconds(3));

        assertThat(completion.end(failed, outbox)).isTrue();

        assertThat(stores.ports().runs().findById(run.id())).containsExactly(failed);
        assertThat(deliveries.claimDue(T0.plusSeconds(3), LEASE, 10)).containsExactlyElementsOf(outbox);
    }

    @Test
    void end_withAnEmptyOutbox_endsTheRun_andWritesNoDelivery() {
        Run run = acceptedRun();
        Run done = completed(run, T0.plusSeconds(1));

        assertThat(completion.end(done, List.of())).isTrue();

        assertThat(stores.ports().runs().findById(run.id())).containsExactly(done);
        assertThat(written()).isEmpty();
    }

    @Test
    void end_takesTheRunOffTheQueue_soNoWorkerClaimsItAgain() {
        Run run = acceptedRun();
        Run other = acceptedRun();
        RunQueuePort queue = stores.ports().queue();
        assertThat(queue.claim(T0, LEASE)).hasSize(1);

        assertThat(completion.end(completed(run, T0.plusSeconds(1)), List.of())).isTrue();

        // every lease has lapsed: only the run that did not end is claimable
        assertThat(queue.claim(LATER, LEASE)).containsExactly(other.id());
        assertThat(queue.claim(LATER, LEASE)).isEmpty();
    }

    @Test
    void endingAnEndedRun_isFalse_andWritesNoSecondOutbox() {
        Run run = acceptedRun();
        Run done = completed(run, T0.plusSeconds(1));
        List<WebhookDelivery> first = outbox(1, T0.plusSeconds(1));
        completion.end(done, first);

        assertThat(completion.end(completed(run, T0.plusSeconds(5)), outbox(1, T0.plusSeconds(5)))).isFalse();
        assertThat(completion.end(run.fail(T0.plusSeconds(6)).get(), outbox(2, T0.plusSeconds(6)))).isFalse();

        assertThat(stores.ports().runs().findById(run.id())).containsExactly(done);
        assertThat(written()).containsExactlyElementsOf(first);
        assertThat(deliveries.claimDue(LATER, LEASE, 10)).containsExactlyElementsOf(first);
    }

    @Test
    void endingARunNeverAccepted_isFalse_andWritesNothing() {
        Run never = run(account, Environment.TEST, T0, null);

        assertThat(completion.end(completed(never, T0.plusSeconds(1)), outbox(1, T0.plusSeconds(1)))).isFalse();

        assertThat(stores.ports().runs().findById(never.id())).isEmpty();
        assertThat(written()).isEmpty();
        assertThat(deliveries.claimDue(LATER, LEASE, 10)).isEmpty();
    }

    @Test
    void concurrentEnds_ofOneRun_exactlyOneWins_andOnlyItsOutboxIsWritten() {
        Run run = acceptedRun();
        stores.ports().runs().transition(run.start().get());
        List<Run> endings = IntStream.range(0, 8)
                .mapToObj(i -> i % 2 == 0 ? completed(run, T0.plusSeconds(10 + i)) : run.fail(T0.plusSeconds(10 + i)).get())
                .toList();
        List<List<WebhookDelivery>> outboxes = IntStream.range(0, 8).mapToObj(i -> outbox(2, T0.plusSeconds(10 + i))).toList();

        List<Boolean> results = concurrently(8, i -> completion.end(endings.get(i), outboxes.get(i)));

        assertThat(results).containsOnlyOnce(true);
        int winner = results.indexOf(true);
        assertThat(stores.ports().runs().findById(run.id())).containsExactly(endings.get(winner));
        assertThat(written()).containsExactlyInAnyOrderElementsOf(outboxes.get(winner));
        assertThat(deliveries.claimDue(LATER, LEASE, 100)).containsExactlyInAnyOrderElementsOf(outboxes.get(winner));
    }

    @Test
    void endedRun_isNeverSeenWithoutItsOutbox() {
        // several rounds, each with a tenant of its own so a listing holds just that round's deliveries: the race
        // this guards against (a reader served a result from before the commit) does not show in every round
        for (int round = 0; round < 5; round++) {
            account = account(stores.ports(), 0);
            List<Run> runs = IntStream.range(0, 40).mapToObj(i -> acceptedRun()).toList();
            List<WebhookDelivery> outboxes = runs.stream().map(r -> delivery(account.id(), T0.plusSeconds(1))).toList();

            List<List<String>> seen = concurrently(4, thread -> {
                if (thread == 0) {
                    for (int i = 0; i < runs.size(); i++) completion.end(completed(runs.get(i), T0.plusSeconds(1)), List.of(outboxes.get(i)));
                    return List.of();
                }
                // readers: whenever a run is seen ended, its delivery must already be there
                List<String> missing = new ArrayList<>();
                for (int i = 0; i < runs.size(); i++) {
                    while (!stores.ports().runs().findById(runs.get(i).id()).get().status().terminal()) {
                        if (Thread.interrupted()) throw new InterruptedException();
                        Thread.onSpinWait();
                    }
                    if (!written().contains(outboxes.get(i))) missing.add(runs.get(i).id().toString());
                }
                return missing;
            });

            assertThat(seen).as("round %d", round).allSatisfy(missing -> assertThat(missing).isEmpty());
        }
    }
}
