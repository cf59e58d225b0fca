package kycert.adapters.jdbc;

import static kycert.application.port.out.PortFixtures.HASHER;
import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.account;
import static kycert.application.port.out.PortFixtures.apiKey;
import static kycert.application.port.out.PortFixtures.concurrently;
import static kycert.application.port.out.PortFixtures.lock;
import static kycert.application.port.out.PortFixtures.run;
import static kycert.application.port.out.PortFixtures.scopedKeyHash;
import static kycert.application.port.out.PortFixtures.secret;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import kycert.application.port.out.PortFixtures.Account;
import kycert.application.port.out.Ports;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.ApiKeyId;
import kycert.domain.apikey.Environment;
import kycert.domain.idempotency.IdempotencyRecord;
import kycert.domain.run.Run;
import kycert.domain.run.RunId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two stores on one PostgreSQL database, each with its own pool and LISTEN connection: two server nodes. Whatever
 * the contract promises across threads must hold across them.
 */
class PostgresTwoNodesIT {
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static PostgresDatabase database;
    private static JdbcStore nodeA;
    private static JdbcStore nodeB;

    private Ports a;
    private Ports b;

    @BeforeAll
    static void startNodes() {
        database = PostgresDatabase.create();
        nodeA = database.open();
        nodeB = database.open();
    }

    @AfterAll
    static void stopNodes() {
        if (nodeA != null) nodeA.close();
        if (nodeB != null) nodeB.close();
        if (database != null) database.close();
    }

    @BeforeEach
    void emptyStores() {
        StoreExtension.wipe(nodeA);
        a = nodeA.ports();
        b = nodeB.ports();
        awaitTrue(() -> nodeA.listening() && nodeB.listening(), Duration.ofSeconds(5));
    }

    private Ports node(int thread) {
        return thread % 2 == 0 ? a : b;
    }

    @Test
    void creditsRace_acrossNodes_acceptsExactlyAsManyRunsAsTheBalancePays() {
        Account account = account(a, 7);
        List<Run> runs = IntStream.range(0, 24).mapToObj(i -> run(account, Environment.LIVE, T0.plusMillis(i), null)).toList();

        List<Boolean> accepted = concurrently(24, i -> node(i).acceptRun().accept(runs.get(i), 1, Option.none()));

        assertThat(accepted).filteredOn(x -> x).hasSize(7);
        assertThat(b.tenants().find(account.id()).get().credits()).isZero();
        long stored = nodeA.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM runs").mapTo(Long.class).one());
        assertThat(stored).isEqualTo(7);
    }

    @Test
    void idempotencyRace_acrossNodes_isWonByExactlyOne() {
        String hash = scopedKeyHash();
        List<IdempotencyRecord> locks = IntStream.range(0, 16).mapToObj(i -> lock(hash, "body-" + i, T0)).toList();

        List<Boolean> won = concurrently(16, i -> node(i).idempotency().tryLock(locks.get(i), T0));

        assertThat(won).containsOnlyOnce(true);
        assertThat(a.idempotency().find(hash)).containsExactly(locks.get(won.indexOf(true)));
    }

    @Test
    void rateLimitRace_acrossNodes_admitsExactlyTheLimit() {
        ApiKeyId key = new ApiKeyId(UUID.randomUUID());
        int limit = 25;

        List<Integer> admitted = concurrently(20, i -> {
            int n = 0;
            for (int k = 0; k < 5; k++) if (node(i).rateWindows().admit(key, limit, T0.plusMillis(k)).admitted()) n++;
            return n;
        });

        assertThat(admitted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(limit);
        assertThat(b.rateWindows().admit(key, limit, T0.plusSeconds(59)).admitted()).isFalse();
        assertThat(a.rateWindows().admit(key, limit, T0.plusSeconds(60)).admitted()).isTrue();
    }

    @Test
    void queueClaims_acrossNodes_takeEveryRunExactlyOnce() {
        Account account = account(a, 0);
        List<RunId> runs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Run run = run(account, Environment.TEST, T0.plusMillis(i), null);
            assertThat(node(i).acceptRun().accept(run, 0, Option.none())).isTrue();
            runs.add(run.id());
        }

        List<List<RunId>> claimed = concurrently(10, i -> {
            List<RunId> mine = new ArrayList<>();
            for (Option<RunId> c = node(i).queue().claim(T0.plusSeconds(1), LEASE); c.isDefined();
                 c = node(i).queue().claim(T0.plusSeconds(1), LEASE)) {
                mine.add(c.get());
            }
            return mine;
        });

        assertThat(claimed.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(runs);
    }

    @Test
    void acceptOnOneNode_wakesAWorkerWaitingOnTheOther() throws InterruptedException {
        Account account = account(a, 0);
        b.queue().awaitWork(Duration.ofMillis(1)); // consume any pending signal
        Thread.ofVirtual().start(() -> {
            sleep(200);
            a.acceptRun().accept(run(account, Environment.TEST, T0, null), 0, Option.none());
        });
        long started = System.nanoTime();

        b.queue().awaitWork(Duration.ofSeconds(10));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(b.queue().claim(T0, LEASE)).isNotEmpty();
    }

    @Test
    void regeneratedKey_onOneNode_isNotFoundByItsOldHash_onTheOther_atOnce() {
        ApiKey key = apiKey(account(a, 0).id(), Environment.LIVE, T0);
        a.apiKeys().insert(key);
        assertThat(b.apiKeys().findByHash(key.hash())).containsExactly(key);

        ApiKey regenerated = key.regenerate(secret(Environment.LIVE), HASHER);
        a.apiKeys().update(regenerated);

        assertThat(b.apiKeys().findByHash(key.hash())).isEmpty();
        assertThat(b.apiKeys().findByHash(regenerated.hash())).containsExactly(regenerated);
    }

    @Test
    void revokedKey_onOneNode_isSeenRevoked_onTheOther_atOnce() {
        ApiKey key = apiKey(account(a, 0).id(), Environment.LIVE, T0);
        a.apiKeys().insert(key);
        assertThat(b.apiKeys().findByHash(key.hash()).get().active()).isTrue();

        a.apiKeys().update(key.revoke(T0.plusSeconds(1)));

        assertThat(b.apiKeys().findByHash(key.hash()).get().active()).isFalse();
    }

    @Test
    void aStoredServerSecret_isRemovedForEveryNode() {
        nodeA.storeSecretAsOldVersionsDid("old-secret-in-clear".getBytes());

        assertThat(nodeB.removeStoredSecret().get()).isEqualTo("old-secret-in-clear".getBytes());
        assertThat(nodeA.removeStoredSecret().isEmpty()).isTrue();
    }

    private static void awaitTrue(BooleanSupplier condition, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within " + within);
            sleep(5);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
