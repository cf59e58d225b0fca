package kycert.bootstrap.process;

import kycert.bootstrap.testsupport.PgDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The secrets a real {@code serve} process refuses to start without, or with too little of: one clear line on
 * stderr and a non-zero exit; and a server secret that older versions kept in the database is removed at start.
 */
class SecretsAtStartProcessIT {
    record Exit(int code, String output) {}

    @Test
    void postgresWithoutKycertSecret_refusesToStart_namingItAndHowToMakeOne() throws Exception {
        Exit exit = run(Map.of("KYCERT_ADMIN_TOKEN", ServerProcess.ADMIN_TOKEN),
                "--db-url", "jdbc:postgresql://127.0.0.1:5432/kycert_never_opened");

        assertThat(exit.code()).isNotZero();
        assertThat(exit.output()).contains("KYCERT_SECRET").contains("openssl rand").doesNotContain("listening");
        assertOneClearLine(exit);
    }

    @Test
    void aShortOperatorToken_refusesToStart() throws Exception {
        for (String token : List.of("x", "change-me", "a".repeat(31))) {
            Exit exit = run(Map.of("KYCERT_ADMIN_TOKEN", token), "--store", "memory");

            assertThat(exit.code()).as("token of %d chars", token.length()).isNotZero();
            assertThat(exit.output()).contains("KYCERT_ADMIN_TOKEN").contains("32").doesNotContain(token.length() > 1 ? token : "\u0000");
            assertOneClearLine(exit);
        }
    }

    @Test
    void aServerSecretStoredInTheDatabase_isDeletedAtStart_andADifferentOneIsReportedWithoutPrintingEither() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            try (ServerProcess first = ServerProcess.start("secret-migrate-first", List.of("--db-url", db.url()))) {
                assertThat(storedSecrets(db)).isEmpty();
            }
            String old = HexFormat.of().formatHex("an-old-secret-that-older-versions-stored".getBytes(StandardCharsets.UTF_8));
            execute(db, "INSERT INTO settings (setting_name, setting_value) VALUES ('server_secret', '" + old + "')");

            try (ServerProcess second = ServerProcess.start("secret-migrate-second", List.of("--db-url", db.url()))) {
                assertThat(storedSecrets(db)).as("the row is gone").isEmpty();
                String log = second.logText();
                assertThat(log).contains("no longer work").doesNotContain(old).doesNotContain(ServerProcess.SECRET)
                        .doesNotContain("an-old-secret");
            }
        }
    }

    private static void assertOneClearLine(Exit exit) {
        assertThat(exit.output().lines().filter(l -> l.startsWith("kycert: ")).count()).as("one line: %s", exit.output()).isEqualTo(1);
        assertThat(exit.output()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** Runs {@code serve} with only {@code env} from the KYCERT_ variables and waits for it to exit (within 60 s). */
    private static Exit run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path work = Files.createDirectories(ServerProcess.WORK);
        List<String> command = new ArrayList<>(List.of(ServerProcess.java(), "-Xmx256m", "-jar", ServerProcess.jar().toString(),
                "serve", "--port", "0"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("KYCERT_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("serve did not exit within 60 s: " + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return new Exit(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static List<String> storedSecrets(PgDatabase db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT setting_value FROM settings WHERE setting_name = 'server_secret'")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        }
    }

    private static void execute(PgDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
