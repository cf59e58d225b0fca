package kycert.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import kycert.bootstrap.LogLineFormatter;
import kycert.bootstrap.ServeConfig;
import kycert.bootstrap.testsupport.Pause;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL drops the connection while a run's webhook outbox row — whose payload holds the subject's CPF — is
 * being written: the pool logs the driver's failure as a broken connection, and the server's log (the console
 * formatter) holds no full CPF. A test trigger fails the insert with SQLSTATE 57P01 (admin_shutdown), what
 * pg_terminate_backend sends, but leaves the socket open: on a closed socket pgjdbc's batch trips an assert under
 * the tests' -ea before the pool sees the failure.
 */
class PostgresLogRedactionIT {
    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final long BUDGET_MILLIS = 10_000;

    private final String database = "kycert_logs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final StreamHandler handler = new StreamHandler(console, new LogLineFormatter());
    private final Logger root = Logger.getLogger("");

    @BeforeEach
    void createDatabaseAndCaptureTheLog() throws SQLException {
        execute(ADMIN_URL, "CREATE DATABASE " + database);
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        root.removeHandler(handler);
        execute(ADMIN_URL, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    void aConnectionCutWhileTheOutboxIsWritten_leavesNoDocumentInTheLog() throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:5432/" + database;
        try (TestServer server = TestServer.start(new ServeConfig(0, ServeConfig.Store.POSTGRES, Path.of("data"), Option.of(url),
                "postgres", "", Option.of(TestServer.ADMIN_TOKEN), Option.of("log-redaction-it-secret-of-32-characters-or-more"), 1, true))) {
            TestServer.Demo demo = server.demo();
            execute(url, """
                    CREATE FUNCTION test_drop_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
                        RAISE EXCEPTION 'terminating connection due to administrator command' USING ERRCODE = 'admin_shutdown';
                    END $$;
                    CREATE TRIGGER test_drop_insert BEFORE INSERT ON webhook_deliveries
                    FOR EACH ROW EXECUTE FUNCTION test_drop_insert();
                    """);
            var body = Runs.body(demo.pfTemplate(), "pf", Docs.CPF_APPROVED).put("webhook_url", "http://127.0.0.1:9/kycert");
            assertThat(new Runs(server).create(demo.key(), body).status()).isEqualTo(202);

            assertThat(loggedWithin("marked as broken because of SQLSTATE(57P01)"))
                    .as("the pool logged the failed outbox insert:\n%s", log()).isTrue();
            execute(url, "DROP TRIGGER test_drop_insert ON webhook_deliveries");
        }
        handler.flush();

        assertThat(log()).doesNotContain(Docs.CPF_APPROVED_BARE).doesNotContain(Docs.CPF_APPROVED);
    }

    private boolean loggedWithin(String text) {
        long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            handler.flush();
            if (log().contains(text)) return true;
            Pause.millis(50);
        }
        return false;
    }

    private String log() {
        synchronized (console) {
            return console.toString(StandardCharsets.UTF_8);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
