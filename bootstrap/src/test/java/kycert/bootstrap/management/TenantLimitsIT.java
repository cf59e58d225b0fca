package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import org.junit.jupiter.api.Test;

/**
 * A tenant's limits hold under concurrency: 16 webhook endpoints, 100 active keys, a key's rate_limit of at most
 * 10,000 per minute, and the operator's tenant-wide ceiling across all its keys (429 naming which limit).
 */
class TenantLimitsIT extends WithTwoTenants {
    @Test
    void fortyConcurrentWebhookRegistrations_giveExactlySixteen() throws Exception {
        Session carol = server.session();
        List<ApiResponse> answers = concurrently(40, i -> carol.post("/api/v1/webhook-endpoints",
                Json.object().put("url", "http://127.0.0.1:9/hook-" + i)));

        assertThat(answers.stream().filter(r -> r.status() == 201).count()).isEqualTo(16);
        answers.stream().filter(r -> r.status() != 201).forEach(r -> Expect.invalidRequest(r, 400, "limit_reached"));
        assertThat(carol.get("/api/v1/webhook-endpoints").json().path("data").size()).isEqualTo(16);
    }

    @Test
    void aTenantHoldsAtMostAHundredActiveKeys_revokingFreesASlot() throws Exception {
        Session dave = server.session();
        List<ApiResponse> answers = concurrently(110, i -> dave.post("/api/v1/api-keys", MgmtServer.keyBody("key " + i, "test")));
        assertThat(answers.stream().filter(r -> r.status() == 201).count()).isEqualTo(100);
        ApiResponse refused = answers.stream().filter(r -> r.status() != 201).findFirst().orElseThrow();
        Expect.invalidRequest(refused, 400, "limit_reached");
        assertThat(refused.json().path("error").path("message").asText()).contains("100");

        String any = answers.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json().path("id").asText();
        assertThat(dave.post("/api/v1/api-keys/" + any + "/revoke").status()).isEqualTo(200);
        assertThat(dave.post("/api/v1/api-keys", MgmtServer.keyBody("after a revocation", "test")).status()).isEqualTo(201);
    }

    @Test
    void aKeysRateLimit_isAtMostTenThousandPerMinute() {
        Expect.invalidRequest(alice.post("/api/v1/api-keys", MgmtServer.keyBody("too fast", "test").put("rate_limit", 10_001)),
                400, "invalid_parameter").param("rate_limit");
        assertThat(alice.post("/api/v1/api-keys", MgmtServer.keyBody("fast", "test").put("rate_limit", 10_000)).status()).isEqualTo(201);
    }

    @Test
    void theTenantCeiling_holdsAcrossTwoKeys_andThe429SaysWhichLimit() {
        Session erin = server.session();
        ApiResponse set = server.operator("/admin/v1/tenants/" + erin.tenantId() + "/rate-limit").json(Json.object().put("rate_limit", 5)).send();
        assertThat(set.status()).as("%s", set).isEqualTo(200);
        assertThat(set.json().path("rate_limit").asInt()).isEqualTo(5);
        String a = erin.createKey("a", "test").path("key").asText();
        String b = erin.createKey("b", "test").path("key").asText();

        for (String key : List.of(a, a, a, b, b)) {
            assertThat(server.get("/api/v1/bureau/runs").key(key).send().status()).isEqualTo(200);
        }
        for (String key : List.of(b, a)) {
            ApiResponse r = server.get("/api/v1/bureau/runs").key(key).send();
            Expect.error(r, 429, "server_error", "rate_limit_exceeded");
            assertThat(r.json().path("error").path("message").asText()).contains("account");
            assertThat(r.header("Retry-After")).isPresent();
            assertThat(r.header("X-RateLimit-Limit")).contains("5");
        }
        assertThat(server.get("/api/v1/bureau/runs").key(alice.createKey("another tenant", "test").path("key").asText()).send().status())
                .as("another tenant is not affected").isEqualTo(200);
    }

    @Test
    void aKeyOverItsOwnLimit_gets429NamingTheKey() {
        String key = alice.post("/api/v1/api-keys", MgmtServer.keyBody("slow", "test").put("rate_limit", 2)).json().path("key").asText();
        server.get("/api/v1/bureau/runs").key(key).send();
        server.get("/api/v1/bureau/runs").key(key).send();
        ApiResponse r = server.get("/api/v1/bureau/runs").key(key).send();
        Expect.error(r, 429, "server_error", "rate_limit_exceeded");
        assertThat(r.json().path("error").path("message").asText()).contains("API key");
    }

    @Test
    void theOperatorSetsTheCeiling_withinOneToAMillion() {
        ApiResponse created = server.operator("/admin/v1/tenants").json(Json.object().put("name", "ceiling").put("rate_limit", 50_000)).send();
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("rate_limit").asInt()).isEqualTo(50_000);
        assertThat(server.operator("/admin/v1/tenants").json(Json.object().put("name", "default")).send().json().path("rate_limit").asInt())
                .isEqualTo(1_000);
        String id = created.json().path("id").asText();
        for (int bad : new int[] {0, 1_000_001}) {
            Expect.invalidRequest(server.operator("/admin/v1/tenants/" + id + "/rate-limit").json(Json.object().put("rate_limit", bad)).send(),
                    400, "invalid_parameter").param("rate_limit");
        }
        Expect.invalidRequest(server.operator("/admin/v1/tenants/" + id + "/rate-limit").json(Json.object()).send(), 400, "missing_parameter")
                .param("rate_limit");
    }

    interface Call {
        ApiResponse send(int index) throws Exception;
    }

    private static List<ApiResponse> concurrently(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.send(index);
                }));
            }
            go.countDown();
            List<ApiResponse> out = new ArrayList<>();
            for (Future<ApiResponse> f : futures) out.add(f.get(30, TimeUnit.SECONDS));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
