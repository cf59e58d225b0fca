package kycert.bootstrap.http;

import static kycert.bootstrap.http.ErrorAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kycert.bootstrap.http.Operator.Workspace;
import kycert.bootstrap.testsupport.ApiResponse;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on POST /runs (§3): replay, reuse, in-use, nothing stored for refused requests, scoping. */
class IdempotencyIT extends WithServer {

    private static String idem() {
        return "idem-" + UUID.randomUUID();
    }

    @Test
    void sameKeyAndSameBody_replaysTheOriginalAnswer_withoutANewRun() {
        Workspace ws = operator.workspace(0);
        String key = idem();
        ObjectNode body = Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED).put("external_id", "replay");
        ApiResponse first = runs.post(ws.testKey()).idempotencyKey(key).json(body).send();
        assertThat(first.status()).as("%s", first).isEqualTo(202);
        assertThat(first.header("Idempotent-Replayed").orElse("false")).isEqualTo("false");
        runs.awaitFinished(ws.testKey(), first.json().path("id").asText());

        ApiResponse again = runs.post(ws.testKey()).idempotencyKey(key).json(body).send();

        assertThat(again.status()).as("%s", again).isEqualTo(202);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.json()).as("the original body, even though the run has completed since").isEqualTo(first.json());
        assertThat(runs.listAllIds(ws.testKey(), "")).containsExactly(first.json().path("id").asText());
    }

    @Test
    void sameJsonValueWithOtherKeyOrderAndSpacing_isTheSameBody() {
        Workspace ws = operator.workspace(0);
        String key = idem();
        String compact = "{\"template_id\":\"" + ws.pfTemplate() + "\",\"subject\":{\"type\":\"pf\",\"doc\":\"" + Docs.CPF_APPROVED
                + "\"},\"metadata\":{\"a\":\"1\",\"b\":\"2\"}}";
        String reordered = "{\n  \"metadata\" : { \"b\" : \"2\", \"a\" : \"1\" },\n  \"subject\" : {\"doc\": \"" + Docs.CPF_APPROVED
                + "\",   \"type\":\"pf\"},\n\t\"template_id\" : \"" + ws.pfTemplate() + "\"\n}\n";
        ApiResponse first = runs.post(ws.testKey()).idempotencyKey(key).raw("application/json", compact).send();
        assertThat(first.status()).as("%s", first).isEqualTo(202);

        ApiResponse again = runs.post(ws.testKey()).idempotencyKey(key).raw("application/json", reordered).send();

        assertThat(again.status()).as("%s", again).isEqualTo(202);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(runs.listAllIds(ws.testKey(), "")).hasSize(1);
    }

    @Test
    void replayOnALiveKey_takesNoCreditsTwice() {
        Workspace ws = operator.workspace(10);
        String key = idem();
        ObjectNode body = Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED);
        assertThat(runs.post(ws.liveKey()).idempotencyKey(key).json(body).send().status()).isEqualTo(202);
        assertThat(operator.credits(ws.tenantId())).isEqualTo(9);
        for (int i = 0; i < 3; i++) {
            ApiResponse again = runs.post(ws.liveKey()).idempotencyKey(key).json(body).send();
            assertThat(again.status()).isEqualTo(202);
            assertThat(again.header("Idempotent-Replayed")).contains("true");
        }
        assertThat(operator.credits(ws.tenantId())).isEqualTo(9);
        assertThat(runs.listAllIds(ws.liveKey(), "")).hasSize(1);
    }

    @Test
    void withoutAKey_everyPostIsANewRun() {
        Workspace ws = operator.workspace(10);
        ObjectNode body = Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED);
        runs.accepted(ws.liveKey(), ws.pfTemplate(), "pf", Docs.CPF_APPROVED);
        assertThat(runs.create(ws.liveKey(), body).status()).isEqualTo(202);
        assertThat(runs.listAllIds(ws.liveKey(), "")).hasSize(2);
        assertThat(operator.credits(ws.tenantId())).isEqualTo(8);
    }

    @Test
    void sameKeyWithADifferentBody_isIdempotencyKeyReused() {
        Workspace ws = operator.workspace(0);
        String key = idem();
        assertThat(runs.post(ws.testKey()).idempotencyKey(key).json(Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED)).send().status())
                .isEqualTo(202);
        ObjectNode other = Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED).put("external_id", "changed");
        assertError(runs.post(ws.testKey()).idempotencyKey(key).json(other).send(), Err.IDEMPOTENCY_KEY_REUSED);
        assertThat(runs.listAllIds(ws.testKey(), "")).hasSize(1);
    }

    @Test
    void concurrentRequestsWithOneKey_createExactlyOneRun() throws Exception {
        Workspace ws = operator.workspace(50);
        String key = idem();
        ObjectNode body = Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED).put("external_id", "race");
        int threads = 10;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApiResponse>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return runs.post(ws.liveKey()).idempotencyKey(key).json(body).send();
                }));
            }
            go.countDown();
            List<ApiResponse> answers = new ArrayList<>();
            for (Future<ApiResponse> f : futures) answers.add(f.get());

            List<ApiResponse> originals = answers.stream()
                    .filter(r -> r.status() == 202 && !r.header("Idempotent-Replayed").orElse("false").equals("true")).toList();
            assertThat(originals).as("exactly one original: %s", answers).hasSize(1);
            JsonNode original = originals.get(0).json();
            for (ApiResponse r : answers) {
                if (r.status() == 202) {
                    assertThat(r.json()).as("%s", r).isEqualTo(original);
                } else {
                    assertError(r, Err.IDEMPOTENCY_KEY_IN_USE);
                    assertThat(Long.parseLong(r.header("Retry-After").orElseThrow())).isGreaterThanOrEqualTo(1);
                }
            }
        }
        assertThat(runs.listAllIds(ws.liveKey(), "external_id=race")).hasSize(1);
        assertThat(operator.credits(ws.tenantId())).isEqualTo(49);
    }

    @Test
    void refusedFieldError_storesNothing_soTheFixedBodyRunsWithTheSameKey() {
        Workspace ws = operator.workspace(0);
        String key = idem();
        assertError(runs.post(ws.testKey()).idempotencyKey(key).json(Runs.body(ws.pfTemplate(), "pf", Docs.CPF_SHORT)).send(),
                Err.INVALID_DOCUMENT);
        ApiResponse fixed = runs.post(ws.testKey()).idempotencyKey(key).json(Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED)).send();
        assertThat(fixed.status()).as("%s", fixed).isEqualTo(202);
        assertThat(fixed.header("Idempotent-Replayed").orElse("false")).isEqualTo("false");
    }

    @Test
    void refusedForBilling_storesNothing_soTheRetryAfterTopUpRuns() {
        Workspace ws = operator.workspace(0);
        String key = idem();
        ObjectNode body = Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED);
        assertError(runs.post(ws.liveKey()).idempotencyKey(key).json(body).send(), Err.BILLING_SUSPENDED);
        operator.addCredits(ws.tenantId(), 1);
        ApiResponse retry = runs.post(ws.liveKey()).idempotencyKey(key).json(body).send();
        assertThat(retry.status()).as("%s", retry).isEqualTo(202);
        assertThat(retry.header("Idempotent-Replayed").orElse("false")).isEqualTo("false");
        assertThat(operator.credits(ws.tenantId())).isZero();
    }

    @Test
    void refusedForTemplate_storesNothing() {
        Workspace ws = operator.workspace(0);
        String key = idem();
        assertError(runs.post(ws.testKey()).idempotencyKey(key).json(Runs.body(UUID.randomUUID().toString(), "pf", Docs.CPF_APPROVED)).send(),
                Err.TEMPLATE_NOT_FOUND);
        assertThat(runs.post(ws.testKey()).idempotencyKey(key).json(Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED)).send().status())
                .isEqualTo(202);
    }

    @Test
    void runFailed_storesNothing() {
        Workspace ws = operator.workspace(0);
        String key = idem();
        ObjectNode failing = Runs.body(ws.pfTemplate(), "pf", Docs.CPF_FAILS);
        assertError(runs.post(ws.testKey()).idempotencyKey(key).json(failing).send(), Err.RUN_FAILED);
        ApiResponse again = runs.post(ws.testKey()).idempotencyKey(key).json(failing).send();
        assertError(again, Err.RUN_FAILED);
        assertThat(again.header("Idempotent-Replayed").orElse("false")).isEqualTo("false");
        ApiResponse other = runs.post(ws.testKey()).idempotencyKey(key).json(Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED)).send();
        assertThat(other.status()).as("%s", other).isEqualTo(202);
    }

    @Test
    void keysAreScopedPerTenant() {
        Workspace a = operator.workspace(0);
        Workspace b = operator.workspace(0);
        String key = idem();
        ApiResponse ra = runs.post(a.testKey()).idempotencyKey(key).json(Runs.body(a.pfTemplate(), "pf", Docs.CPF_APPROVED)).send();
        ApiResponse rb = runs.post(b.testKey()).idempotencyKey(key).json(Runs.body(b.pfTemplate(), "pf", Docs.CPF_APPROVED)).send();
        assertThat(ra.status()).isEqualTo(202);
        assertThat(rb.status()).as("%s", rb).isEqualTo(202);
        assertThat(rb.header("Idempotent-Replayed").orElse("false")).isEqualTo("false");
        assertThat(rb.json().path("id")).isNotEqualTo(ra.json().path("id"));
    }

    @Test
    void keysAreScopedPerTenant_evenWithTheSameBody() {
        Workspace a = operator.workspace(0);
        Workspace b = operator.workspace(0);
        String key = idem();
        ObjectNode body = Runs.body(UUID.randomUUID().toString(), "pf", Docs.CPF_APPROVED);
        // the same bytes on both tenants: tenant b must not see tenant a's stored answer
        String shared = operator.createTemplate(a.tenantId(), "pf", null);
        body.put("template_id", shared);
        assertThat(runs.post(a.testKey()).idempotencyKey(key).json(body).send().status()).isEqualTo(202);
        assertError(runs.post(b.testKey()).idempotencyKey(key).json(body).send(), Err.TEMPLATE_NOT_FOUND);
    }

    @Test
    void keysAreScopedPerEnvironment() {
        Workspace ws = operator.workspace(5);
        String key = idem();
        ObjectNode body = Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED);
        ApiResponse test = runs.post(ws.testKey()).idempotencyKey(key).json(body).send();
        ApiResponse live = runs.post(ws.liveKey()).idempotencyKey(key).json(body).send();
        assertThat(test.status()).isEqualTo(202);
        assertThat(live.status()).as("%s", live).isEqualTo(202);
        assertThat(live.header("Idempotent-Replayed").orElse("false")).isEqualTo("false");
        assertThat(live.json().path("environment").asText()).isEqualTo("live");
        assertThat(live.json().path("id")).isNotEqualTo(test.json().path("id"));
    }

    @Test
    void keysAreSharedByTheTenantsKeysInOneEnvironment() {
        Workspace ws = operator.workspace(0);
        String secondKey = operator.createKey(ws.tenantId(), Operator.KeySpec.test()).secret();
        String key = idem();
        ObjectNode body = Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED);
        ApiResponse first = runs.post(ws.testKey()).idempotencyKey(key).json(body).send();
        ApiResponse second = runs.post(secondKey).idempotencyKey(key).json(body).send();
        assertThat(second.status()).isEqualTo(202);
        assertThat(second.header("Idempotent-Replayed")).contains("true");
        assertThat(second.json()).isEqualTo(first.json());
    }
}
