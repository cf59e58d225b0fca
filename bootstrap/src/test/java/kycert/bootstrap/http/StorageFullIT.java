package kycert.bootstrap.http;

import static kycert.bootstrap.http.ErrorAssert.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kycert.adapters.jdbc.FullDisk;
import kycert.bootstrap.ServeConfig;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Pause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server on the embedded database whose disk fills up, over real sockets: while the disk is full every call that
 * needs the store answers 503 service_unavailable with Retry-After (not 500) and /health/ready answers 503; once
 * space returns the same process answers 2xx again, with what it had accepted before, and no restart.
 */
class StorageFullIT {
    private static final long RECOVERY_BUDGET_MILLIS = 10_000;

    @TempDir
    Path dataDir;

    /**
     * The embedded database's own URL, its files on a disk the test can fill. The PostgreSQL wiring takes any
     * JDBC URL, which is how the server is put on it; the store it opens is the embedded one (H2).
     */
    private ServeConfig onAFillableDisk() {
        return new ServeConfig(0, ServeConfig.Store.POSTGRES, dataDir, Option.of(FullDisk.urlFor(dataDir)), "sa", "",
                Option.of(TestServer.ADMIN_TOKEN), Option.of("storage-full-it-secret-of-32-characters-or-more"), 2, true);
    }

    @Test
    void aFullDisk_answers503WithRetryAfter_andReadinessFails_thenTheServerRecoversWhenSpaceReturns() throws IOException {
        try (TestServer server = TestServer.start(onAFillableDisk())) {
            TestServer.Demo demo = server.demo();
            Runs runs = new Runs(server);
            String before = runs.accepted(demo.key(), demo.pfTemplate(), "pf", Docs.CPF_APPROVED).path("id").asText();
            assertThat(server.get("/health/ready").send().status()).isEqualTo(200);

            FullDisk.fill();
            try {
                for (ApiResponse r : new ApiResponse[] {
                        runs.create(demo.key(), demo.pfTemplate(), "pf", Docs.CPF_APPROVED),
                        runs.get(demo.key(), before),
                        runs.list(demo.key(), "limit=1")}) {
                    assertUnavailable(r);
                }
                ApiResponse ready = server.get("/health/ready").send();
                assertThat(ready.status()).as("%s", ready).isEqualTo(503);
                assertThat(ready.json().path("error").path("code").asText()).as("%s", ready).isEqualTo("service_unavailable");
            } finally {
                FullDisk.free();
            }

            assertThat(readyWithin(server)).as("/health/ready answers 200 again once space returned").isTrue();
            assertThat(runs.get(demo.key(), before).status()).as("a run accepted before the disk filled").isEqualTo(200);
            runs.accepted(demo.key(), demo.pfTemplate(), "pf", Docs.CPF_APPROVED);
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("files beside the database").noneMatch(n -> n.endsWith(".trace.db"));
        }
    }

    private static void assertUnavailable(ApiResponse r) {
        assertEnvelope(r, 503);
        assertThat(r.json().path("error").path("code").asText()).as("%s", r).isEqualTo("service_unavailable");
        assertThat(r.header("Retry-After")).as("Retry-After: %s", r).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
    }

    private static boolean readyWithin(TestServer server) {
        long deadline = System.currentTimeMillis() + RECOVERY_BUDGET_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (server.get("/health/ready").send().status() == 200) return true;
            Pause.millis(100);
        }
        return false;
    }
}
