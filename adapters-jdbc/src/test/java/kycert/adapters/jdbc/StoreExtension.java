package kycert.adapters.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import kycert.application.port.out.Ports;
import kycert.application.port.out.Stores;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One store per test class — an H2 file database in a temporary directory, or a fresh PostgreSQL database dropped
 * afterwards — emptied before each test by {@link #freshPorts()}.
 */
final class StoreExtension implements BeforeAllCallback, AfterAllCallback {
    private final boolean postgres;
    private JdbcStore store;
    private PostgresDatabase database;
    private Path directory;

    private StoreExtension(boolean postgres) {
        this.postgres = postgres;
    }

    static StoreExtension h2() {
        return new StoreExtension(false);
    }

    static StoreExtension postgres() {
        return new StoreExtension(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (postgres) {
            database = PostgresDatabase.create();
            store = database.open();
        } else {
            directory = Files.createTempDirectory("kycert-h2-");
            store = JdbcStore.openEmbedded(directory);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (store != null) store.close();
        if (database != null) database.close();
        if (directory != null) deleteRecursively(directory);
    }

    JdbcStore store() {
        return store;
    }

    /** The store's ports over empty tables. */
    Ports freshPorts() {
        wipe(store);
        return store.ports();
    }

    /** Both planes of the store over empty tables. */
    Stores freshStores() {
        return new Stores(freshPorts(), store.management());
    }

    static void wipe(JdbcStore store) {
        store.jdbi().useHandle(h -> {
            h.execute("UPDATE active_lists SET version_id = NULL");
            for (String table : new String[] {"list_entries", "cnpj_registry", "cnpj_companies", "list_versions", "login_failures", "webhook_deliveries", "webhook_endpoints", "users", "audit_events", "run_queue",
                    "idempotency_keys", "credit_grants", "rate_admissions", "rate_windows", "runs", "templates", "api_keys", "tenants", "settings"}) {
                h.execute("DELETE FROM " + table);
            }
        });
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
