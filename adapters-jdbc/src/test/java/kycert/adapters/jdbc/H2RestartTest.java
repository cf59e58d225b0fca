package kycert.adapters.jdbc;

import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.account;
import static kycert.application.port.out.PortFixtures.apiKey;
import static kycert.application.port.out.PortFixtures.lock;
import static kycert.application.port.out.PortFixtures.run;
import static kycert.application.port.out.PortFixtures.scopedKeyHash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kycert.application.port.out.PortFixtures.Account;
import kycert.application.port.out.Ports;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.Environment;
import kycert.domain.idempotency.IdempotencyRecord;
import kycert.domain.run.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded database keeps everything across a restart, and its directory belongs to one store at a time. */
class H2RestartTest {
    private Path dir;

    @BeforeEach
    void createDirectory() throws IOException {
        dir = Files.createTempDirectory("kycert-restart-");
    }

    @AfterEach
    void deleteDirectory() throws IOException {
        StoreExtension.deleteRecursively(dir);
    }

    @Test
    void closingAndReopening_keepsTenantsKeysTemplatesRunsIdempotencyAndQueue() {
        Account account;
        ApiKey key;
        Run run;
        IdempotencyRecord completed;
        IdempotencyRecord inFlight = lock(scopedKeyHash(), "other body", T0);
        try (JdbcStore store = JdbcStore.openEmbedded(dir)) {
            Ports ports = store.ports();
            account = account(ports, 10);
            key = apiKey(account.id(), Environment.LIVE, T0);
            ports.apiKeys().insert(key);
            run = run(account, Environment.LIVE, T0, "order-1");
            completed = lock(scopedKeyHash(), "body", T0).complete(run.id().value(), T0);
            assertThat(ports.acceptRun().accept(run, 2, Option.of(completed))).isTrue();
            assertThat(ports.idempotency().tryLock(inFlight, T0)).isTrue();
            ports.rateWindows().admit(key.id(), 2, T0);
        }

        try (JdbcStore store = JdbcStore.openEmbedded(dir)) {
            Ports ports = store.ports();
            assertThat(ports.tenants().find(account.id())).containsExactly(account.tenant().withCredits(8));
            assertThat(ports.apiKeys().findByHash(key.hash())).containsExactly(key);
            assertThat(ports.templates().find(account.id(), account.template().id())).containsExactly(account.template());
            assertThat(ports.runs().find(account.id(), Environment.LIVE, run.id())).containsExactly(run);
            assertThat(ports.idempotency().find(completed.scopedKeyHash())).containsExactly(completed);
            assertThat(ports.idempotency().find(inFlight.scopedKeyHash())).containsExactly(inFlight);
            assertThat(ports.rateWindows().admit(key.id(), 2, T0.plusSeconds(1)).remaining()).isZero();
            assertThat(ports.queue().claim(T0, Duration.ofSeconds(30))).containsExactly(run.id());
        }
    }

    @Test
    void reopening_appliesNoMigrationTwice() {
        List<String> first;
        try (JdbcStore store = JdbcStore.openEmbedded(dir)) {
            first = appliedVersions(store);
        }
        try (JdbcStore store = JdbcStore.openEmbedded(dir)) {
            assertThat(appliedVersions(store)).isEqualTo(first).containsExactly("1", "2", "3", "4", "5", "6", "8", "9", "10");
            assertThat(store.ready()).isTrue();
        }
    }

    private static List<String> appliedVersions(JdbcStore store) {
        return store.jdbi().withHandle(h -> h.createQuery("""
                        SELECT "version" FROM "flyway_schema_history" WHERE "version" IS NOT NULL ORDER BY "installed_rank"
                        """)
                .mapTo(String.class)
                .list());
    }

    @Test
    void aServerSecretStoredByAnOlderVersion_isRemovedOnce_andAnsweredSoItCanBeCompared() {
        byte[] old = "first-secret-0123456789".getBytes();
        try (JdbcStore store = JdbcStore.openEmbedded(dir)) {
            assertThat(store.removeStoredSecret().isEmpty()).isTrue();
            store.storeSecretAsOldVersionsDid(old);
            assertThat(store.removeStoredSecret().get()).isEqualTo(old);
        }
        try (JdbcStore store = JdbcStore.openEmbedded(dir)) {
            assertThat(store.removeStoredSecret().isEmpty()).as("the row is gone for good").isTrue();
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreated_failsWithAOneLineMessageNamingIt() throws IOException {
        Path file = Files.createFile(dir.resolve("not-a-directory"));

        assertThatThrownBy(() -> JdbcStore.openEmbedded(file.resolve("data")))
                .isInstanceOf(JdbcStoreException.class)
                .hasMessageStartingWith("cannot create the data directory " + file.resolve("data"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
