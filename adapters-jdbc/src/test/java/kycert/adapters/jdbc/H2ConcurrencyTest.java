package kycert.adapters.jdbc;

import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.account;
import static kycert.application.port.out.PortFixtures.concurrently;
import static kycert.application.port.out.PortFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kycert.application.port.out.PortFixtures.Account;
import kycert.application.port.out.Ports;
import kycert.domain.apikey.ApiKeyId;
import kycert.domain.apikey.Environment;
import kycert.domain.run.Run;
import kycert.domain.run.RunId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The embedded store under heavier contention than the contracts apply: more threads than pooled connections. */
class H2ConcurrencyTest {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.h2();

    private Ports ports;

    @BeforeEach
    void emptyStore() {
        ports = STORE.freshPorts();
    }

    @Test
    void claimsFromManyThreads_takeEveryRunOfABacklogExactlyOnce() {
        Account account = account(ports, 0);
        List<RunId> runs = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Run run = run(account, Environment.TEST, T0.plusMillis(i % 7), null);
            assertThat(ports.acceptRun().accept(run, 0, Option.none())).isTrue();
            runs.add(run.id());
        }

        List<List<RunId>> claimed = concurrently(16, thread -> {
            List<RunId> mine = new ArrayList<>();
            for (Option<RunId> c = ports.queue().claim(T0.plusSeconds(1), Duration.ofSeconds(30)); c.isDefined();
                 c = ports.queue().claim(T0.plusSeconds(1), Duration.ofSeconds(30))) {
                mine.add(c.get());
            }
            return mine;
        });

        assertThat(claimed.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(runs);
    }

    @Test
    void acceptsFromManyThreads_neverOverdraw() {
        Account account = account(ports, 11);

        List<Boolean> accepted = concurrently(32, i -> ports.acceptRun().accept(run(account, Environment.LIVE, T0, null), 1, Option.none()));

        assertThat(accepted).filteredOn(a -> a).hasSize(11);
        assertThat(ports.tenants().find(account.id()).get().credits()).isZero();
    }

    @Test
    void rateWindowFromManyThreads_admitsExactlyTheLimit() {
        ApiKeyId key = new ApiKeyId(UUID.randomUUID());

        List<Integer> admitted = concurrently(24, i -> {
            int n = 0;
            for (int k = 0; k < 4; k++) if (ports.rateWindows().admit(key, 30, T0.plusMillis(k)).admitted()) n++;
            return n;
        });

        assertThat(admitted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(30);
    }
}
