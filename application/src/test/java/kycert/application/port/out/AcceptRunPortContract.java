package kycert.application.port.out;

import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.account;
import static kycert.application.port.out.PortFixtures.concurrently;
import static kycert.application.port.out.PortFixtures.lock;
import static kycert.application.port.out.PortFixtures.run;
import static kycert.application.port.out.PortFixtures.scopedKeyHash;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import kycert.application.port.out.PortFixtures.Account;
import kycert.domain.apikey.Environment;
import kycert.domain.idempotency.IdempotencyRecord;
import kycert.domain.run.Run;
import kycert.domain.run.RunId;
import kycert.domain.tenant.TenantStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AcceptRunPort} promises: debit, run, completed idempotency record and queue entry are written
 * together or not at all, and concurrent acceptances never overdraw a balance.
 */
public abstract class AcceptRunPortContract {
    private static final Duration LEASE = Duration.ofSeconds(30);

    protected Ports ports;
    private AcceptRunPort acceptRun;

    /** A fresh, empty set of stores; called before every test. */
    protected abstract Ports newPorts();

    @BeforeEach
    void setUpPorts() {
        ports = newPorts();
        acceptRun = ports.acceptRun();
    }

    private long balance(Account account) {
        return ports.tenants().find(account.id()).get().credits();
    }

    @Test
    void accept_debitsTheCost_writesTheRunAndTheCompletedKey_andQueuesTheRun() {
        Account account = account(ports, 10);
        Run run = run(account, Environment.LIVE, T0, "order-7");
        String hash = scopedKeyHash();
        IdempotencyRecord completed = lock(hash, "body", T0).complete(run.id().value(), T0);

        assertThat(acceptRun.accept(run, 3, Option.of(completed))).isTrue();

        assertThat(balance(account)).isEqualTo(7);
        assertThat(ports.runs().find(account.id(), Environment.LIVE, run.id())).containsExactly(run);
        assertThat(ports.idempotency().find(hash)).containsExactly(completed);
        assertThat(ports.queue().claim(T0, LEASE)).containsExactly(run.id());
    }

    @Test
    void accept_withoutAnIdempotencyKey_writesTheRunAndQueuesIt() {
        Account account = account(ports, 1);
        Run run = run(account, Environment.LIVE, T0, null);

        assertThat(acceptRun.accept(run, 1, Option.none())).isTrue();

        assertThat(balance(account)).isZero();
        assertThat(ports.runs().findById(run.id())).containsExactly(run);
        assertThat(ports.queue().claim(T0, LEASE)).containsExactly(run.id());
    }

    @Test
    void accept_replacesTheRequestsLock_withTheCompletedRecord() {
        Account account = account(ports, 0);
        Run run = run(account, Environment.TEST, T0, null);
        IdempotencyRecord lock = lock(scopedKeyHash(), "body", T0);
        ports.idempotency().tryLock(lock, T0);

        acceptRun.accept(run, 0, Option.of(lock.complete(run.id().value(), T0)));

        IdempotencyRecord stored = ports.idempotency().find(lock.scopedKeyHash()).get();
        assertThat(stored.completed()).isTrue();
        assertThat(stored.runId()).containsExactly(run.id().value());
    }

    @Test
    void freeRun_isAccepted_withAZeroBalance() {
        Account account = account(ports, 0);
        Run run = run(account, Environment.TEST, T0, null);

        assertThat(acceptRun.accept(run, 0, Option.none())).isTrue();

        assertThat(balance(account)).isZero();
        assertThat(ports.runs().findById(run.id())).containsExactly(run);
    }

    @Test
    void exactBalance_isAccepted_leavingZero() {
        Account account = account(ports, 4);

        assertThat(acceptRun.accept(run(account, Environment.LIVE, T0, null), 4, Option.none())).isTrue();

        assertThat(balance(account)).isZero();
    }

    @Test
    void tooFewCredits_isRefused_andNothingIsWritten() {
        Account account = account(ports, 2);
        Run run = run(account, Environment.LIVE, T0, null);
        String hash = scopedKeyHash();

        assertThat(acceptRun.accept(run, 3, Option.of(lock(hash, "body", T0).complete(run.id().value(), T0)))).isFalse();

        assertNothingWritten(account, run, hash, 2);
    }

    @Test
    void suspendedTenant_isRefused_evenForAFreeRun_andNothingIsWritten() {
        Account account = account(ports, 50);
        ports.tenants().setStatus(account.id(), TenantStatus.SUSPENDED);
        Run run = run(account, Environment.TEST, T0, null);
        String hash = scopedKeyHash();

        assertThat(acceptRun.accept(run, 0, Option.of(lock(hash, "body", T0).complete(run.id().value(), T0)))).isFalse();

        assertNothingWritten(account, run, hash, 50);
    }

    private void assertNothingWritten(Account account, Run run, String hash, long balance) {
        assertThat(balance(account)).isEqualTo(balance);
        assertThat(ports.runs().findById(run.id())).isEmpty();
        assertThat(ports.idempotency().find(hash)).isEmpty();
        assertThat(ports.queue().claim(T0.plus(LEASE).plusSeconds(1), LEASE)).isEmpty();
    }

    @Test
    void refusedAccept_leavesTheRequestsLockUnfinished() {
        Account account = account(ports, 0);
        Run run = run(account, Environment.LIVE, T0, null);
        IdempotencyRecord lock = lock(scopedKeyHash(), "body", T0);
        ports.idempotency().tryLock(lock, T0);

        assertThat(acceptRun.accept(run, 1, Option.of(lock.complete(run.id().value(), T0)))).isFalse();

        assertThat(ports.idempotency().find(lock.scopedKeyHash())).containsExactly(lock);
    }

    @Test
    void concurrentAccepts_neverOverdraw_theBalance() {
        Account account = account(ports, 5);
        List<Run> runs = IntStream.range(0, 8).mapToObj(i -> run(account, Environment.LIVE, T0.plusSeconds(i), null)).toList();

        List<Boolean> accepted = concurrently(8, i -> acceptRun.accept(runs.get(i), 1, Option.none()));

        assertThat(accepted).filteredOn(a -> a).hasSize(5);
        assertThat(balance(account)).isZero();
        for (int i = 0; i < runs.size(); i++) {
            assertThat(ports.runs().findById(runs.get(i).id()).isDefined()).isEqualTo(accepted.get(i));
        }
        Set<RunId> claimed = new HashSet<>();
        Instant later = T0.plusSeconds(10);
        for (Option<RunId> c = ports.queue().claim(later, LEASE); c.isDefined(); c = ports.queue().claim(later, LEASE)) claimed.add(c.get());
        assertThat(claimed).hasSize(5);
    }
}
