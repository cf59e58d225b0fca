package kycert.adapters.jdbc;

import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kycert.application.port.out.Ports;
import kycert.application.port.out.StoreUnavailableException;
import kycert.domain.tenant.Tenant;
import kycert.domain.tenant.TenantId;
import kycert.domain.tenant.TenantStatus;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/**
 * A database that cannot answer — no free connection, a connection the server drops, a server that refuses
 * connections — is an outage the caller may retry ({@link StoreUnavailableException}), not a bug; and the same
 * store answers again once the cause is gone.
 */
class StoreUnavailableTest {
    private static final int EMBEDDED_POOL_SIZE = 8;

    @Test
    void everyConnectionTaken_isUnavailable_untilOneIsFree() throws IOException {
        Path dir = Files.createTempDirectory("kycert-busy-");
        try (JdbcStore store = JdbcStore.openEmbedded(dir)) {
            Ports ports = store.ports();
            List<Handle> taken = new ArrayList<>();
            for (int i = 0; i < EMBEDDED_POOL_SIZE; i++) taken.add(store.jdbi().open());

            assertThatThrownBy(() -> account(ports, 1))
                    .isInstanceOf(StoreUnavailableException.class)
                    .satisfies(e -> assertThat(((StoreUnavailableException) e).retryAfter()).isEqualTo(Duration.ofSeconds(1)));

            taken.forEach(Handle::close);
            assertThat(ports.tenants().find(account(ports, 1).id())).isNotEmpty();
        } finally {
            StoreExtension.deleteRecursively(dir);
        }
    }

    @Test
    void aFailedStatement_namesNoBoundValue_inItsMessage() throws IOException {
        Path dir = Files.createTempDirectory("kycert-message-");
        try (JdbcStore store = JdbcStore.openEmbedded(dir)) {
            Tenant tenant = new Tenant(new TenantId(UUID.randomUUID()), "Corretora 529.982.247-25", 0, TenantStatus.ACTIVE, T0, Tenant.DEFAULT_RATE_LIMIT);
            store.ports().tenants().insert(tenant);

            assertThatThrownBy(() -> store.ports().tenants().insert(tenant))
                    .as("a bug (a duplicate key), not an outage").isNotInstanceOf(StoreUnavailableException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(tenant.name()));
        } finally {
            StoreExtension.deleteRecursively(dir);
        }
    }

    @Test
    void aConnectionThePostgresServerDrops_isUnavailable_andTheStoreAnswersAfterwards() {
        try (PostgresDatabase db = PostgresDatabase.create(); JdbcStore store = db.open()) {
            Ports ports = store.ports();
            account(ports, 1);
            // what pg_terminate_backend answers (57P01), without closing the socket under the statement
            db.execute("""
                    CREATE FUNCTION test_drop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
                        RAISE EXCEPTION 'terminating connection due to administrator command' USING ERRCODE = 'admin_shutdown';
                    END $$;
                    CREATE TRIGGER test_drop BEFORE INSERT ON tenants FOR EACH ROW EXECUTE FUNCTION test_drop();
                    """);

            assertThatThrownBy(() -> account(ports, 1)).isInstanceOf(StoreUnavailableException.class);

            db.execute("DROP TRIGGER test_drop ON tenants");
            assertThat(ports.tenants().find(account(ports, 1).id())).isNotEmpty();
            assertThat(store.ready()).isTrue();
        }
    }

    @Test
    void aPostgresServerThatRefusesConnections_isUnavailable_andNotReady_untilItAcceptsThemAgain() {
        try (PostgresDatabase db = PostgresDatabase.create(); JdbcStore store = db.open()) {
            Ports ports = store.ports();
            account(ports, 1);
            PostgresDatabase.admin("ALTER DATABASE " + db.name() + " ALLOW_CONNECTIONS false");
            PostgresDatabase.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + db.name() + "'");
            try {
                assertThatThrownBy(() -> account(ports, 1)).isInstanceOf(StoreUnavailableException.class);
                assertThat(store.ready()).isFalse();
            } finally {
                PostgresDatabase.admin("ALTER DATABASE " + db.name() + " ALLOW_CONNECTIONS true");
            }

            assertThat(ports.tenants().find(account(ports, 1).id())).isNotEmpty();
            assertThat(store.ready()).isTrue();
        }
    }
}
