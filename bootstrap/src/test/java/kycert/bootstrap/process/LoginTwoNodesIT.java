package kycert.bootstrap.process;

import kycert.bootstrap.testsupport.PgDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.UUID;
import kycert.bootstrap.ServeConfig;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.InProcessServer;
import kycert.bootstrap.testsupport.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two in-process servers on one PostgreSQL database share the failed-login counts: a guesser alternating between
 * the nodes gets no more tries than on one, and the owner from a clean address still logs in on either.
 */
class LoginTwoNodesIT {
    private static final String ADMIN_TOKEN = "login-two-nodes-" + UUID.randomUUID();
    private static final String PASSWORD = "Correct-Horse-Battery-9";
    private static PgDatabase db;
    private static Server a;
    private static Server b;

    /** A node of the pair. */
    static final class Server extends InProcessServer {
        Server(String dbUrl) {
            super(new ServeConfig(0, ServeConfig.Store.POSTGRES, Path.of("data"), Option.of(dbUrl), "postgres", "",
                    Option.of(ADMIN_TOKEN), Option.of("login-two-nodes-it-secret-of-32-characters-or-more"), 1, true));
        }

        ApiResponse login(String from, String email, String password) {
            return callFrom(from, "POST", "/api/auth/login").json(Json.object().put("email", email).put("password", password)).send();
        }
    }

    @BeforeAll
    static void twoNodes() {
        db = PgDatabase.create();
        a = new Server(db.url());
        b = new Server(db.url());
    }

    @AfterAll
    static void stop() {
        if (a != null) a.close();
        if (b != null) b.close();
        if (db != null) db.close();
    }

    @Test
    void aGuesserAlternatingBetweenNodes_isRefusedAfterThreeFailures_onBoth_whileTheOwnerLogsInOnEither() {
        String email = user();

        for (int i = 0; i < 3; i++) {
            assertThat((i % 2 == 0 ? a : b).login("127.0.0.2", email, "Wrong-Password-" + i).status()).isEqualTo(401);
        }

        assertRefused(b.login("127.0.0.2", email, "Wrong-Password-3"));
        assertRefused(a.login("127.0.0.2", email, "Wrong-Password-4"));
        assertThat(b.login("127.0.0.1", email, PASSWORD).status()).as("the owner on node B").isEqualTo(200);
        assertThat(a.login("127.0.0.3", email, PASSWORD).status()).as("the owner on node A").isEqualTo(200);
    }

    @Test
    void anAddressSprayingEmailsOverBothNodes_isRefusedAfterTwentyFailuresInAll() {
        int failures = 0;
        ApiResponse last = null;
        for (; failures < 50; failures++) {
            last = (failures % 2 == 0 ? a : b).login("127.0.0.4", "spray-" + UUID.randomUUID() + "@corretora.example", "Wrong-Password-1");
            if (last.status() != 401) break;
        }

        assertThat(failures).as("failures admitted over both nodes").isEqualTo(20);
        assertRefused(last);
        assertRefused(a.login("127.0.0.4", user(), PASSWORD));
    }

    private static String user() {
        ApiResponse t = a.post("/admin/v1/tenants").bearer(ADMIN_TOKEN).json(Json.object().put("name", "two nodes").put("credits", 1)).send();
        assertThat(t.status()).as("%s", t).isEqualTo(201);
        String email = "user-" + UUID.randomUUID() + "@corretora.example";
        ApiResponse u = b.post("/admin/v1/tenants/" + t.json().path("id").asText() + "/users").bearer(ADMIN_TOKEN)
                .json(Json.object().put("email", email).put("password", PASSWORD)).send();
        assertThat(u.status()).as("%s", u).isEqualTo(201);
        return email;
    }

    private static void assertRefused(ApiResponse r) {
        assertThat(r.status()).as("%s", r).isEqualTo(429);
        assertThat(r.json().path("error").path("code").asText()).isEqualTo("rate_limit_exceeded");
        assertThat(r.header("Retry-After")).as("%s", r).isPresent();
    }
}
