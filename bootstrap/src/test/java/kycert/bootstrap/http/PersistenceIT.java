package kycert.bootstrap.http;

import static kycert.bootstrap.http.ErrorAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.UUID;
import kycert.bootstrap.ServeConfig;
import kycert.bootstrap.http.Operator.Workspace;
import kycert.bootstrap.testsupport.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded file store (§7): what a server accepted is still there, unchanged, after a restart. */
class PersistenceIT {
    @TempDir
    Path dataDir;

    private ServeConfig embedded() {
        return new ServeConfig(0, ServeConfig.Store.EMBEDDED, dataDir, Option.none(), "postgres", "",
                Option.of(TestServer.ADMIN_TOKEN), Option.none(), 2, true);
    }

    @Test
    void keysRunsCreditsAndIdempotencySurviveARestart_andTheBannerIsShownOnce() {
        Workspace ws;
        String runId;
        JsonNode finished;
        String idem = "persist-" + UUID.randomUUID();
        String demoKey;
        try (TestServer first = TestServer.start(embedded())) {
            demoKey = first.demo().key();
            Operator operator = first.operator();
            Runs runs = new Runs(first);
            ws = operator.workspace(3);
            runId = runs.accepted(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_PEP).path("id").asText();
            finished = runs.awaitFinished(ws.testKey(), runId);
            assertThat(runs.post(ws.liveKey()).idempotencyKey(idem).json(Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED)).send()
                    .status()).isEqualTo(202);
        }

        try (TestServer second = TestServer.start(embedded())) {
            Runs runs = new Runs(second);
            assertThat(second.banner()).as("the banner is printed on an empty store only").doesNotContain("sk_test_");
            assertThat(runs.get(ws.testKey(), runId).json()).isEqualTo(finished);
            assertThat(second.get(Runs.PATH).key(demoKey).send().status()).isEqualTo(200);
            assertThat(second.operator().credits(ws.tenantId())).isEqualTo(2);
            ApiResponse replay = runs.post(ws.liveKey()).idempotencyKey(idem).json(Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED)).send();
            assertThat(replay.status()).isEqualTo(202);
            assertThat(replay.header("Idempotent-Replayed")).contains("true");
            assertThat(second.operator().credits(ws.tenantId())).isEqualTo(2);
            String cursorRun = runs.accepted(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_APPROVED).path("id").asText();
            assertThat(runs.listAllIds(ws.testKey(), "limit=1")).containsExactly(cursorRun, runId);
            assertError(runs.get(ws.testKey(), UUID.randomUUID().toString()), Err.RUN_NOT_FOUND);
        }
    }
    @Test
    void anOperatorTopUpsIdempotencyKey_survivesARestart_andItsRetryIsNotAppliedAgain() {
        String idem = "persist-top-up-" + UUID.randomUUID();
        String tenant;
        ApiResponse first;
        try (TestServer before = TestServer.start(embedded())) {
            tenant = before.operator().createTenant("persisted top-up", 0);
            first = topUp(before, tenant, idem);
            assertThat(first.status()).as("%s", first).isEqualTo(200);
        }

        try (TestServer after = TestServer.start(embedded())) {
            ApiResponse retry = topUp(after, tenant, idem);
            assertThat(retry.status()).as("%s", retry).isEqualTo(200);
            assertThat(retry.header("Idempotent-Replayed")).contains("true");
            assertThat(retry.json()).isEqualTo(first.json());
            assertThat(after.operator().credits(tenant)).isEqualTo(200);
        }
    }

    private static ApiResponse topUp(TestServer server, String tenant, String idem) {
        return server.post("/admin/v1/tenants/" + tenant + "/credits").bearer(TestServer.ADMIN_TOKEN).idempotencyKey(idem)
                .json(kycert.bootstrap.testsupport.Json.object().put("amount", 200)).send();
    }
}
