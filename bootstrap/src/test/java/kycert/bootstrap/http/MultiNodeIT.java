package kycert.bootstrap.http;

import static kycert.bootstrap.http.ErrorAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.UUID;
import kycert.bootstrap.ServeConfig;
import kycert.bootstrap.http.Operator.IssuedKey;
import kycert.bootstrap.http.Operator.KeySpec;
import kycert.bootstrap.http.Operator.Workspace;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.PgDatabase;
import kycert.bootstrap.testsupport.Pause;
import kycert.domain.screening.ListId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two server processes on one PostgreSQL database behave as one (§3, §4, §7): revocation, rate limits, idempotency
 * and runs are shared. Uses a throw-away database on 127.0.0.1:5432; skipped when PostgreSQL is not there.
 */
class MultiNodeIT {
    /** A throw-away database: a missing PostgreSQL fails these tests, it never skips them. */
    private static PgDatabase db;
    private static TestServer a;
    private static TestServer b;

    @BeforeAll
    static void twoNodes() {
        db = PgDatabase.create();
        a = TestServer.start(config());
        b = TestServer.start(config());
    }

    @AfterAll
    static void stop() {
        if (a != null) a.close();
        if (b != null) b.close();
        if (db != null) db.close();
    }

    private static ServeConfig config() {
        return new ServeConfig(0, ServeConfig.Store.POSTGRES, Path.of("data"), Option.of(db.url()),
                "postgres", "", Option.of(TestServer.ADMIN_TOKEN), Option.of("multi-node-it-secret-" + db.url().hashCode() + "-of-32-characters-or-more"), 2, true);
    }


    @Test
    void aListImportedOnOneNode_screensLiveRunsOnTheOther_within5Seconds() {
        Workspace ws = a.operator().workspace(10);
        var body = Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED);
        ((ObjectNode) body.get("subject")).put("name", "João Carlos Silva Sauro");
        Runs onB = new Runs(b);
        String before = onB.create(ws.liveKey(), body).json().path("id").asText();
        assertThat(onB.awaitFinished(ws.liveKey(), before).path("decision").asText()).as("no list yet").isEqualTo("PARTIAL");

        LiveScreeningIT.importSample(a, ListId.OFAC_SDN, "SDN.XML").get();
        Pause.millis(5_000); // the contract's bound: every node screens with a new version within 5 s

        String after = onB.create(ws.liveKey(), body).json().path("id").asText();
        assertThat(onB.awaitFinished(ws.liveKey(), after).path("decision").asText()).as("OFAC, imported on the other node").isEqualTo("BLOCKED");
    }

    @Test
    void aKeyRevokedOnOneNode_isRefusedAtOnceOnTheOther() {
        String tenant = a.operator().createTenant("multi revoke", 0);
        for (int i = 0; i < 10; i++) { // the window, if any, is short: try it a few times
            IssuedKey key = a.operator().createKey(tenant, KeySpec.test());
            assertThat(a.get(Runs.PATH).key(key.secret()).send().status()).isEqualTo(200);
            assertThat(b.get(Runs.PATH).key(key.secret()).send().status()).isEqualTo(200);
            a.operator().revoke(tenant, key.id());
            assertRefusedAtOnce(b, key.secret());
            assertRefusedAtOnce(a, key.secret());
        }
    }

    @Test
    void aKeyRegeneratedOnOneNode_refusesTheOldSecretAtOnceOnTheOther() {
        String tenant = a.operator().createTenant("multi regenerate", 0);
        for (int i = 0; i < 10; i++) {
            IssuedKey key = a.operator().createKey(tenant, KeySpec.test());
            assertThat(a.get(Runs.PATH).key(key.secret()).send().status()).isEqualTo(200);
            assertThat(b.get(Runs.PATH).key(key.secret()).send().status()).isEqualTo(200);
            IssuedKey fresh = b.operator().regenerate(tenant, key.id());
            assertRefusedAtOnce(a, key.secret());
            assertRefusedAtOnce(b, key.secret());
            assertThat(a.get(Runs.PATH).key(fresh.secret()).send().status()).isEqualTo(200);
        }
    }

    /** The very next request must be refused; when it is not, says how long the node took to notice. */
    private static void assertRefusedAtOnce(TestServer node, String secret) {
        ApiResponse next = node.get(Runs.PATH).key(secret).send();
        if (next.status() != 401) {
            long start = System.nanoTime();
            String noticed = "not within 5 s";
            while (System.nanoTime() - start < 5_000_000_000L) {
                if (node.get(Runs.PATH).key(secret).send().status() == 401) {
                    noticed = "after " + (System.nanoTime() - start) / 1_000_000 + " ms";
                    break;
                }
                Pause.millis(10);
            }
            throw new AssertionError("the next request with the old secret was admitted (" + next.status()
                    + "); the node refused it " + noticed);
        }
        assertError(next, Err.INVALID_API_KEY);
    }

    @Test
    void theRateLimitIsSharedByTheNodes() {
        String tenant = a.operator().createTenant("multi rate", 0);
        String key = a.operator().createKey(tenant, KeySpec.test().withRateLimit(3)).secret();
        assertThat(a.get(Runs.PATH).key(key).send().status()).isEqualTo(200);
        assertThat(b.get(Runs.PATH).key(key).send().status()).isEqualTo(200);
        assertThat(a.get(Runs.PATH).key(key).send().status()).isEqualTo(200);
        assertError(b.get(Runs.PATH).key(key).send(), Err.RATE_LIMIT_EXCEEDED);
        assertError(a.get(Runs.PATH).key(key).send(), Err.RATE_LIMIT_EXCEEDED);
    }

    @Test
    void anIdempotencyKeyUsedOnOneNode_replaysOnTheOther_andChargesOnce() {
        Workspace ws = a.operator().workspace(5);
        String idem = "multi-" + UUID.randomUUID();
        var body = Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED);
        ApiResponse first = new Runs(a).post(ws.liveKey()).idempotencyKey(idem).json(body).send();
        ApiResponse again = new Runs(b).post(ws.liveKey()).idempotencyKey(idem).json(body).send();
        assertThat(first.status()).as("%s", first).isEqualTo(202);
        assertThat(again.status()).as("%s", again).isEqualTo(202);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(b.operator().credits(ws.tenantId())).isEqualTo(4);
    }

    @Test
    void aRunAcceptedOnOneNode_completesAndIsSeenOnTheOther() {
        Workspace ws = a.operator().workspace(0);
        String id = new Runs(a).accepted(ws.testKey(), ws.pjTemplate(), "pj", Docs.CNPJ_SUSPENDED).path("id").asText();
        var done = new Runs(b).awaitFinished(ws.testKey(), id);
        assertThat(done.path("decision").asText()).isEqualTo("PENDING_REVIEW");
        assertThat(new Runs(a).get(ws.testKey(), id).json()).isEqualTo(done);
        assertThat(new Runs(b).listAllIds(ws.testKey(), "")).containsExactly(id);
    }

    @Test
    void aCursorFromOneNode_worksOnTheOther() {
        Workspace ws = a.operator().workspace(0);
        for (int i = 0; i < 3; i++) new Runs(a).accepted(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_APPROVED);
        String cursor = new Runs(a).list(ws.testKey(), "limit=1").json().path("next_cursor").asText();
        ApiResponse next = new Runs(b).list(ws.testKey(), "limit=1&cursor=" + cursor);
        assertThat(next.status()).as("%s", next).isEqualTo(200);
        assertThat(next.json().path("data")).hasSize(1);
    }
}
