package kycert.application.port.out;

import static kycert.application.port.out.ManagementFixtures.NEWEST_FIRST;
import static kycert.application.port.out.ManagementFixtures.delivery;
import static kycert.application.port.out.ManagementFixtures.endedWith;
import static kycert.application.port.out.ManagementFixtures.endpoint;
import static kycert.application.port.out.ManagementFixtures.idsAcrossTheSignBit;
import static kycert.application.port.out.ManagementFixtures.pageThrough;
import static kycert.application.port.out.ManagementFixtures.written;
import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.account;
import static kycert.application.port.out.PortFixtures.concurrently;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import kycert.application.port.out.PortFixtures.Account;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.webhook.DeliveryAttempt;
import kycert.domain.webhook.DeliveryStatus;
import kycert.domain.webhook.WebhookDelivery;
import kycert.domain.webhook.WebhookEndpoint;
import kycert.domain.webhook.WebhookEndpointId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WebhookDeliveryStorePort} promises: a pending delivery is claimable once its next attempt is due;
 * a claim is a lease that keeps it from every other claimer until the lease lapses or {@code save} releases it;
 * a delivery is stored exactly as saved; a tenant lists only its own deliveries, newest first (created_at desc, then
 * id desc compared unsigned), strictly after a position. Deliveries get in by {@link RunCompletionPort#end}.
 */
public abstract class WebhookDeliveryStorePortContract {
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Instant AFTER_LEASE = T0.plus(LEASE).plusSeconds(1);

    protected Stores stores;
    private WebhookDeliveryStorePort deliveries;
    private Account account;

    /** A fresh, empty store seen through both planes; called before every test. */
    protected abstract Stores newStores();

    @BeforeEach
    void setUpStores() {
        stores = newStores();
        deliveries = stores.management().webhookDeliveries();
        account = account(stores.ports(), 0);
    }

    private List<WebhookDelivery> outbox(int count, Instant createdAt) {
        List<WebhookDelivery> outbox = IntStream.range(0, count).mapToObj(i -> delivery(account.id(), createdAt)).toList();
        return endedWith(stores, account, outbox);
    }

    private List<WebhookDelivery> claimAll(Instant now) {
        List<WebhookDelivery> claimed = new ArrayList<>();
        for (List<WebhookDelivery> batch = deliveries.claimDue(now, LEASE, 4); !batch.isEmpty(); batch = deliveries.claimDue(now, LEASE, 4)) {
            claimed.addAll(batch);
        }
        return claimed;
    }

    private static WebhookDelivery retried(WebhookDelivery d, DeliveryAttempt attempt, Instant next) {
        List<DeliveryAttempt> attempts = new ArrayList<>(d.attempts());
        attempts.add(attempt);
        return new WebhookDelivery(d.id(), d.tenantId(), d.eventId(), d.eventType(), d.endpointId(), d.url(), d.payload(),
                DeliveryStatus.PENDING, attempts, Option.of(next), d.createdAt());
    }

    private static WebhookDelivery finished(WebhookDelivery d, DeliveryStatus status, DeliveryAttempt attempt) {
        List<DeliveryAttempt> attempts = new ArrayList<>(d.attempts());
        attempts.add(attempt);
        return new WebhookDelivery(d.id(), d.tenantId(), d.eventId(), d.eventType(), d.endpointId(), d.url(), d.payload(),
                status, attempts, Option.none(), d.createdAt());
    }

    private static DeliveryAttempt refused(int number, Instant at) {
        return new DeliveryAttempt(number, at, Option.of(503), Option.none(), 120);
    }

    /** Ids only, so a failure names the duplicated or missing deliveries instead of printing hundreds. */
    private static List<UUID> ids(List<List<WebhookDelivery>> batches) {
        return batches.stream().flatMap(List::stream).map(WebhookDelivery::id).toList();
    }

    private static Position position(WebhookDelivery d) {
        return new Position(d.createdAt(), d.id());
    }

    @Test
    void emptyOutbox_hasNothingToClaim() {
        assertThat(deliveries.claimDue(T0, LEASE, 10)).isEmpty();
    }

    @Test
    void pendingDelivery_isClaimedOnceDue_exactlyAsWritten() {
        WebhookDelivery d = written(stores, account, T0.plusSeconds(5));

        assertThat(deliveries.claimDue(T0.plusSeconds(4), LEASE, 10)).isEmpty();
        assertThat(deliveries.claimDue(T0.plusSeconds(5), LEASE, 10)).containsExactly(d);
    }

    @Test
    void claimDue_returnsAtMostMax_andTheRestLater() {
        List<WebhookDelivery> pending = outbox(5, T0);

        List<WebhookDelivery> first = deliveries.claimDue(T0, LEASE, 2);
        List<WebhookDelivery> second = deliveries.claimDue(T0, LEASE, 2);
        List<WebhookDelivery> third = deliveries.claimDue(T0, LEASE, 2);

        assertThat(first).hasSize(2);
        assertThat(second).hasSize(2);
        assertThat(third).hasSize(1);
        List<WebhookDelivery> all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(third);
        assertThat(all).containsExactlyInAnyOrderElementsOf(pending);
    }

    @Test
    void claimedDelivery_isNotClaimedAgain_whileItsLeaseHolds() {
        written(stores, account, T0);
        deliveries.claimDue(T0, LEASE, 10);

        assertThat(deliveries.claimDue(T0, LEASE, 10)).isEmpty();
        assertThat(deliveries.claimDue(T0.plus(LEASE).minusSeconds(1), LEASE, 10)).isEmpty();
    }

    @Test
    void claimedDelivery_isClaimableAgain_onceItsLeaseLapses() {
        WebhookDelivery d = written(stores, account, T0);
        deliveries.claimDue(T0, LEASE, 10);

        assertThat(deliveries.claimDue(AFTER_LEASE, LEASE, 10)).containsExactly(d);
        assertThat(deliveries.claimDue(AFTER_LEASE, LEASE, 10)).isEmpty();
    }

    @Test
    void save_releasesTheLease_andTheDeliveryIsDueAgainAtItsNextAttempt() {
        WebhookDelivery d = written(stores, account, T0);
        deliveries.claimDue(T0, LEASE, 1);
        WebhookDelivery retry = retried(d, refused(1, T0), T0.plusSeconds(5));

        deliveries.save(retry);

        assertThat(deliveries.claimDue(T0.plusSeconds(4), LEASE, 10)).isEmpty();
        assertThat(deliveries.claimDue(T0.plusSeconds(5), LEASE, 10)).containsExactly(retry);
    }

    @Test
    void savedDelivery_alreadyDue_isClaimableAtOnce_thoughItsLeaseHadNotLapsed() {
        WebhookDelivery d = written(stores, account, T0);
        deliveries.claimDue(T0, LEASE, 1);
        WebhookDelivery retry = retried(d, refused(1, T0), T0);

        deliveries.save(retry);

        assertThat(deliveries.claimDue(T0, LEASE, 10)).containsExactly(retry);
    }

    @Test
    void succeededDelivery_isNeverClaimedAgain() {
        WebhookDelivery d = written(stores, account, T0);
        deliveries.claimDue(T0, LEASE, 1);

        deliveries.save(finished(d, DeliveryStatus.SUCCEEDED, new DeliveryAttempt(1, T0, Option.of(200), Option.none(), 80)));

        assertThat(deliveries.claimDue(AFTER_LEASE, LEASE, 10)).isEmpty();
        assertThat(deliveries.claimDue(T0.plus(Duration.ofDays(2)), LEASE, 10)).isEmpty();
    }

    @Test
    void failedDelivery_isNeverClaimedAgain() {
        WebhookDelivery d = written(stores, account, T0);
        deliveries.claimDue(T0, LEASE, 1);

        deliveries.save(finished(d, DeliveryStatus.FAILED, refused(1, T0)));

        assertThat(deliveries.claimDue(T0.plus(Duration.ofDays(2)), LEASE, 10)).isEmpty();
    }

    @Test
    void savedDelivery_roundTripsExactly_withEveryAttempt() {
        WebhookEndpointId endpoint = new WebhookEndpointId(UUID.randomUUID());
        WebhookDelivery d = endedWith(stores, account, List.of(delivery(account.id(), T0.plusNanos(1), Option.of(endpoint)))).getFirst();
        List<DeliveryAttempt> attempts = List.of(
                new DeliveryAttempt(1, T0.plusNanos(123_456_789), Option.of(503), Option.none(), 120),
                new DeliveryAttempt(2, T0.plusSeconds(2).plusMillis(7), Option.none(),
                        Option.of("timed out after 10 s \"read\"\n\tat café ✓ \\ {}"), 10_000),
                new DeliveryAttempt(3, T0.plusSeconds(9), Option.of(410), Option.of(""), 0));
        WebhookDelivery saved = new WebhookDelivery(d.id(), d.tenantId(), d.eventId(), d.eventType(), d.endpointId(), d.url(),
                d.payload(), DeliveryStatus.PENDING, attempts, Option.of(T0.plusSeconds(20).plusNanos(999_999_999)), d.createdAt());
        deliveries.claimDue(T0.plusSeconds(1), LEASE, 1);

        deliveries.save(saved);

        assertThat(deliveries.list(account.id(), Option.none(), 10)).containsExactly(saved);
        assertThat(deliveries.claimDue(T0.plusSeconds(21), LEASE, 10)).containsExactly(saved);
    }

    @Test
    void finishedDelivery_roundTripsExactly() {
        WebhookDelivery d = written(stores, account, T0);
        WebhookDelivery done = finished(retried(d, refused(1, T0), T0.plusSeconds(1)), DeliveryStatus.SUCCEEDED,
                new DeliveryAttempt(2, T0.plusSeconds(1), Option.of(204), Option.none(), 35));

        deliveries.save(done);

        assertThat(deliveries.list(account.id(), Option.none(), 10)).containsExactly(done);
    }

    @Test
    void concurrentClaims_neverReturnADeliveryTwice_whileLeased_andLapsedLeasesFreeThemAgain() {
        List<WebhookDelivery> pending = new ArrayList<>();
        for (int run = 0; run < 6; run++) pending.addAll(outbox(5, T0));

        List<List<WebhookDelivery>> first = concurrently(8, thread -> claimAll(T0));
        List<List<WebhookDelivery>> second = concurrently(8, thread -> claimAll(AFTER_LEASE));

        assertThat(ids(first)).containsExactlyInAnyOrderElementsOf(ids(List.of(pending)));
        assertThat(ids(second)).containsExactlyInAnyOrderElementsOf(ids(List.of(pending)));
    }

    @Test
    void save_ofADeliveryNeverWritten_writesNothing() {
        WebhookDelivery stray = delivery(account.id(), T0);

        deliveries.save(retried(stray, refused(1, T0), T0));

        assertThat(deliveries.claimDue(T0, LEASE, 10)).isEmpty();
        assertThat(deliveries.list(account.id(), Option.none(), 10)).isEmpty();
    }

    @Test
    void delivery_outlivesItsDeletedEndpoint() {
        WebhookEndpoint endpoint = endpoint(account.id(), T0);
        stores.management().webhookEndpoints().insert(endpoint);
        WebhookDelivery d = endedWith(stores, account, List.of(delivery(account.id(), T0, Option.of(endpoint.id())))).getFirst();

        stores.management().webhookEndpoints().delete(account.id(), endpoint.id());

        assertThat(deliveries.list(account.id(), Option.none(), 10)).containsExactly(d);
        assertThat(deliveries.claimDue(T0, LEASE, 10)).containsExactly(d);
    }

    @Test
    void concurrentSenders_savingRetries_claimEachDeliveryOnce() {
        List<WebhookDelivery> pending = new ArrayList<>();
        for (int run = 0; run < 16; run++) pending.addAll(outbox(25, T0));

        List<List<WebhookDelivery>> sent = concurrently(8, thread -> {
            List<WebhookDelivery> mine = new ArrayList<>();
            for (List<WebhookDelivery> batch = deliveries.claimDue(T0, LEASE, 1); !batch.isEmpty(); batch = deliveries.claimDue(T0, LEASE, 1)) {
                WebhookDelivery d = batch.getFirst();
                mine.add(d);
                deliveries.save(retried(d, refused(1, T0), T0.plus(Duration.ofHours(1))));
            }
            return mine;
        });

        assertThat(ids(sent)).containsExactlyInAnyOrderElementsOf(ids(List.of(pending)));
    }

    @Test
    void list_isNewestFirst() {
        WebhookDelivery first = written(stores, account, T0);
        WebhookDelivery third = written(stores, account, T0.plusSeconds(20));
        WebhookDelivery second = written(stores, account, T0.plusSeconds(10));

        assertThat(deliveries.list(account.id(), Option.none(), 10)).containsExactly(third, second, first);
    }

    @Test
    void list_ordersDeliveriesCreatedAtTheSameInstant_byIdDescending() {
        List<WebhookDelivery> tied = new ArrayList<>(endedWith(stores, account, idsAcrossTheSignBit(6).stream()
                .map(id -> delivery(account.id(), T0.plusSeconds(5), Option.none(), id)).toList()));
        tied.sort(Comparator.comparing(WebhookDeliveryStorePortContract::position, NEWEST_FIRST));

        assertThat(deliveries.list(account.id(), Option.none(), 10)).containsExactlyElementsOf(tied);
    }

    @Test
    void list_returnsAtMostLimitDeliveries_theNewest() {
        List<WebhookDelivery> all = IntStream.range(0, 5).mapToObj(i -> written(stores, account, T0.plusSeconds(i))).toList();

        assertThat(deliveries.list(account.id(), Option.none(), 2)).containsExactly(all.get(4), all.get(3));
    }

    @Test
    void list_startsStrictlyAfterThePosition() {
        WebhookDelivery first = written(stores, account, T0);
        WebhookDelivery second = written(stores, account, T0.plusSeconds(10));
        written(stores, account, T0.plusSeconds(20));

        assertThat(deliveries.list(account.id(), Option.of(position(second)), 10)).containsExactly(first);
    }

    @Test
    void pagingByTheLastDeliverysPosition_visitsEveryDeliveryOnce_inOrder_evenAcrossTies() {
        List<WebhookDelivery> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Instant at = T0.plusSeconds(i / 2).plusNanos(i % 2 * 1_000);
            all.addAll(endedWith(stores, account, idsAcrossTheSignBit(3).stream().map(id -> delivery(account.id(), at, Option.none(), id)).toList()));
        }
        List<WebhookDelivery> expected = new ArrayList<>(all);
        expected.sort(Comparator.comparing(WebhookDeliveryStorePortContract::position, NEWEST_FIRST));

        assertThat(pageThrough((after, limit) -> deliveries.list(account.id(), after, limit), WebhookDeliveryStorePortContract::position, 5))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void list_showsOnlyTheTenantsDeliveries() {
        WebhookDelivery mine = written(stores, account, T0);
        Account other = account(stores.ports(), 0);
        WebhookDelivery theirs = written(stores, other, T0.plusSeconds(1));

        assertThat(deliveries.list(account.id(), Option.none(), 10)).containsExactly(mine);
        assertThat(deliveries.list(other.id(), Option.none(), 10)).containsExactly(theirs);
        assertThat(deliveries.list(account(stores.ports(), 0).id(), Option.none(), 10)).isEmpty();
    }
}
