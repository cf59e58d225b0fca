package kycert.bootstrap.http;

import static kycert.bootstrap.http.ErrorAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kycert.bootstrap.http.Operator.KeySpec;
import kycert.bootstrap.http.Operator.Workspace;
import kycert.bootstrap.testsupport.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Per-key rolling-window rate limits (§3, seed 002) and their headers. */
class RateLimitIT extends WithServer {
    private static Workspace ws;

    @BeforeAll
    static void workspace() {
        ws = operator.workspace(100);
    }

    private static String keyLimitedTo(int limit) {
        return operator.createKey(ws.tenantId(), KeySpec.test().withRateLimit(limit)).secret();
    }

    @Test
    void remainingCountsDown_andTheRequestOverTheLimitIs429() {
        String key = keyLimitedTo(3);
        long now = Instant.now().getEpochSecond();
        for (int expected = 2; expected >= 0; expected--) {
            ApiResponse r = server.get(Runs.PATH).key(key).send();
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("X-RateLimit-Limit")).contains("3");
            assertThat(r.header("X-RateLimit-Remaining")).contains(String.valueOf(expected));
            long reset = Long.parseLong(r.header("X-RateLimit-Reset").orElseThrow());
            assertThat(reset).as("Unix seconds within the next window").isBetween(now - 1, now + 62);
        }

        ApiResponse limited = server.get(Runs.PATH).key(key).send();

        assertError(limited, Err.RATE_LIMIT_EXCEEDED).withParam(null);
        assertThat(Long.parseLong(limited.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(limited.header("X-RateLimit-Limit")).contains("3");
        assertThat(limited.header("X-RateLimit-Remaining")).contains("0");
        assertThat(limited.header("X-RateLimit-Reset")).isPresent();
        assertError(server.get(Runs.PATH).key(key).send(), Err.RATE_LIMIT_EXCEEDED);
    }

    @Test
    void everyEndpointAndEveryOutcomeCountsAgainstTheSameKey() {
        String key = keyLimitedTo(3);
        assertThat(runs.create(key, ws.pfTemplate(), "pf", Docs.CPF_APPROVED).status()).isEqualTo(202);
        assertThat(runs.create(key, ws.pfTemplate(), "pf", Docs.CPF_SHORT).status()).isEqualTo(400);
        assertThat(server.get(Runs.PATH).key(key).send().status()).isEqualTo(200);
        assertError(runs.create(key, ws.pfTemplate(), "pf", Docs.CPF_APPROVED), Err.RATE_LIMIT_EXCEEDED);
    }

    @Test
    void limitsArePerKey() {
        String spent = keyLimitedTo(1);
        String other = keyLimitedTo(1);
        assertThat(server.get(Runs.PATH).key(spent).send().status()).isEqualTo(200);
        assertThat(server.get(Runs.PATH).key(spent).send().status()).isEqualTo(429);
        assertThat(server.get(Runs.PATH).key(other).send().status()).isEqualTo(200);
    }

    @Test
    void defaultLimitIs100PerMinute() {
        String key = operator.createKey(ws.tenantId(), KeySpec.test().withRateLimit(null)).secret();
        ApiResponse r = server.get(Runs.PATH).key(key).send();
        assertThat(r.header("X-RateLimit-Limit")).contains("100");
        assertThat(r.header("X-RateLimit-Remaining")).contains("99");
    }

    @Test
    void concurrentBurst_admitsNeverMoreThanTheLimit() throws Exception {
        String key = keyLimitedTo(5);
        int threads = 20;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApiResponse>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return server.get(Runs.PATH).key(key).send();
                }));
            }
            go.countDown();
            int ok = 0;
            int limited = 0;
            for (Future<ApiResponse> f : futures) {
                ApiResponse r = f.get();
                if (r.status() == 200) ok++;
                else {
                    assertError(r, Err.RATE_LIMIT_EXCEEDED);
                    limited++;
                }
            }
            assertThat(ok).isEqualTo(5);
            assertThat(limited).isEqualTo(15);
        }
    }

    @Test
    void failedAuthentication_doesNotCountAgainstTheKey() {
        String key = keyLimitedTo(2);
        String wrong = key.substring(0, key.length() - 1) + (key.endsWith("a") ? "b" : "a");
        for (int i = 0; i < 3; i++) assertThat(server.get(Runs.PATH).key(wrong).send().status()).isEqualTo(401);
        assertThat(server.get(Runs.PATH).key(key).send().header("X-RateLimit-Remaining")).contains("1");
    }
}
