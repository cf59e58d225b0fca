package kycert.adapters.jdbc;

import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.account;
import static kycert.application.port.out.PortFixtures.apiKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import kycert.application.port.out.PortFixtures.Account;
import kycert.application.port.out.Ports;
import kycert.application.port.out.StoreUnavailableException;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.Environment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded store on a disk that fills up: H2 closes its database at the first failed write. Every call is
 * then unavailable (not a bug), the store is not ready, and when space returns it answers again by itself, with
 * everything committed before the disk filled. H2 writes no trace file meanwhile.
 */
class H2FullDiskTest {
    private static final Duration RECOVERY_BUDGET = Duration.ofSeconds(10);

    private Path dir;
    private JdbcStore store;

    @BeforeEach
    void open() throws IOException {
        dir = Files.createTempDirectory("kycert-full-disk-");
        store = JdbcStore.open(FullDisk.urlFor(dir), "sa", "");
    }

    @AfterEach
    void close() throws IOException {
        FullDisk.free();
        store.close();
        StoreExtension.deleteRecursively(dir);
    }

    @Test
    void aFullDisk_makesEveryCallUnavailable_andTheStoreUnready_untilSpaceReturns() {
        Ports ports = store.ports();
        Account before = account(ports, 10);
        ApiKey key = apiKey(before.id(), Environment.LIVE, T0);
        ports.apiKeys().insert(key);
        assertThat(store.ready()).isTrue();

        FullDisk.fill();

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> account(ports, 10))
                    .as("a write on a full disk, attempt %d", i)
                    .isInstanceOf(StoreUnavailableException.class)
                    .satisfies(e -> assertThat(((StoreUnavailableException) e).retryAfter()).isPositive());
        }
        assertThat(store.ready()).as("ready while the disk is full").isFalse();

        FullDisk.free();

        assertThat(readyWithin(RECOVERY_BUDGET)).as("ready again once space returned").isTrue();
        assertThat(ports.apiKeys().findByHash(key.hash())).as("what was committed before").containsExactly(key);
        Account after = account(ports, 5);
        assertThat(ports.tenants().find(after.id())).isNotEmpty();
    }

    @Test
    void aFullDisk_leavesNoTraceFile() throws IOException {
        Ports ports = store.ports();
        account(ports, 1);
        FullDisk.fill();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> account(ports, 1)).as("a write on a full disk").isInstanceOf(RuntimeException.class);
        }
        FullDisk.free();

        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).as("files beside the database").noneMatch(n -> n.endsWith(".trace.db"));
        }
    }

    private boolean readyWithin(Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        while (System.nanoTime() < deadline) {
            if (store.ready()) return true;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return store.ready();
    }
}
