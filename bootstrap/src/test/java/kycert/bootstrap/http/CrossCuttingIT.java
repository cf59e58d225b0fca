package kycert.bootstrap.http;

import static kycert.bootstrap.http.ErrorAssert.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kycert.bootstrap.http.Operator.KeySpec;
import kycert.bootstrap.http.Operator.Workspace;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Call;
import kycert.bootstrap.testsupport.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every endpoint does (§3): request ids, one error envelope, rate-limit headers, never a stack trace. */
class CrossCuttingIT extends WithServer {
    private static final List<String> STACK_TRACE_MARKERS = List.of("Exception", "\tat ", "at java.", "at kycert.", "at io.helidon",
            ".java:", "Caused by", "NullPointer", "com.fasterxml");
    private static Workspace ws;
    private static String runId;

    @BeforeAll
    static void workspace() {
        ws = operator.workspace(10);
        runId = runs.accepted(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_APPROVED).path("id").asText();
    }

    /** A wide sample of requests, good and bad, over every kind of route. */
    private static List<ApiResponse> sample() {
        String readOnly = operator.createKey(ws.tenantId(), KeySpec.test().withScopes("runs:read")).secret();
        List<ApiResponse> out = new ArrayList<>();
        out.add(server.get("/health/live").send());
        out.add(server.get("/health/ready").send());
        out.add(server.get("/metrics").send());
        out.add(server.get("/openapi.json").send());
        out.add(server.get("/nowhere").send());
        out.add(server.call("DELETE", Runs.PATH).key(ws.testKey()).send());
        out.add(server.get(Runs.PATH).send());
        out.add(server.get(Runs.PATH).key("sk_test_garbage").send());
        out.add(server.get(Runs.PATH).key(ws.testKey()).send());
        out.add(server.get(Runs.PATH).key(ws.testKey()).version("1900-01-01").send());
        out.add(runs.get(ws.testKey(), runId));
        out.add(runs.get(ws.testKey(), UUID.randomUUID().toString()));
        out.add(server.get(Runs.PATH + "/" + runId + "/analysis").key(ws.testKey()).send());
        out.add(server.get(Runs.PATH + "/" + runId + "/detail").key(ws.testKey()).send());
        out.add(server.get(Runs.PATH + "/" + runId + "/detail").key(readOnly).send());
        out.add(runs.create(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_APPROVED));
        out.add(runs.create(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_SHORT));
        out.add(runs.create(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_FAILS));
        out.add(runs.post(ws.testKey()).raw("application/json", "{oops").send());
        out.add(runs.post(ws.testKey()).raw("text/plain", "hello").send());
        out.add(server.post("/admin/v1/tenants").json(Json.object().put("name", "x")).send());
        out.add(operator.createTenantRaw("cross", 1L));
        out.add(server.get("/admin/v1/tenants/" + UUID.randomUUID()).bearer(TestServer.ADMIN_TOKEN).send());
        return out;
    }

    @Test
    void everyResponse_hasAUniqueRequestId() {
        Set<String> ids = new HashSet<>();
        for (ApiResponse r : sample()) {
            String id = r.header("X-Request-Id").orElse(null);
            assertThat(id).as("X-Request-Id on %s", r).isNotBlank();
            assertThat(ids.add(id)).as("request id %s is unique", id).isTrue();
        }
    }

    @Test
    void everyError_hasTheEnvelopeWithItsRequestId() {
        for (ApiResponse r : sample()) {
            if (r.status() >= 400) assertEnvelope(r, r.status());
        }
    }

    @Test
    void everyAuthenticatedResponse_hasRateLimitHeaders() {
        String readOnly = operator.createKey(ws.tenantId(), KeySpec.test().withScopes("runs:read")).secret();
        List<ApiResponse> authenticated = List.of(
                server.get(Runs.PATH).key(ws.testKey()).send(),
                runs.get(ws.testKey(), runId),
                runs.get(ws.testKey(), UUID.randomUUID().toString()),
                server.get(Runs.PATH + "/" + runId + "/detail").key(readOnly).send(),
                runs.create(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_APPROVED),
                runs.create(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_SHORT),
                runs.create(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_FAILS),
                runs.create(ws.liveKey(), UUID.randomUUID().toString(), "pf", Docs.CPF_APPROVED),
                server.get(Runs.PATH).key(ws.testKey()).version("1900-01-01").send(),
                runs.post(ws.testKey()).raw("application/json", "{oops").send());
        for (ApiResponse r : authenticated) {
            assertThat(r.header("X-RateLimit-Limit")).as("X-RateLimit-Limit on %s", r).isPresent();
            assertThat(r.header("X-RateLimit-Remaining")).as("X-RateLimit-Remaining on %s", r).isPresent();
            assertThat(r.header("X-RateLimit-Reset")).as("X-RateLimit-Reset on %s", r).isPresent();
            assertThat(Long.parseLong(r.header("X-RateLimit-Reset").orElseThrow())).as("Unix seconds").isGreaterThan(1_700_000_000L);
        }
    }

    @Test
    void noBody_everCarriesAStackTrace() {
        for (ApiResponse r : sample()) assertNoStackTrace(r);
    }

    @Test
    void hostileInputs_areRefusedCleanly_neverWith500() {
        List<Call> hostile = new ArrayList<>();
        hostile.add(runs.post(ws.testKey()).raw("application/json", "[".repeat(5_000) + "]".repeat(5_000)));
        hostile.add(runs.post(ws.testKey()).raw("application/json", "{\"subject\":" + "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_001)));
        hostile.add(runs.post(ws.testKey()).raw("application/json", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}));
        hostile.add(runs.post(ws.testKey()).raw("application/json", "[]"));
        hostile.add(runs.post(ws.testKey()).raw("application/json", "null"));
        hostile.add(runs.post(ws.testKey()).raw("application/json", "42"));
        hostile.add(runs.post(ws.testKey()).raw("application/json", ""));
        hostile.add(runs.post(ws.testKey()).raw("application/json", "{\"template_id\": 123, \"subject\": \"pf\"}"));
        hostile.add(runs.post(ws.testKey()).raw("application/json", "{\"template_id\": [], \"subject\": {\"type\": 1, \"doc\": 52998224725}}"));
        hostile.add(runs.post(ws.testKey()).raw("application/json", "{\"template_id\": \"" + ws.pfTemplate() + "\", \"subject\": {\"type\": \"pf\", \"doc\": \"529.982.247-25\"}, \"external_id\": \"" + "e".repeat(256) + "\"}"));
        hostile.add(runs.post(ws.testKey()).raw("application/json", "{\"template_id\": \"" + ws.pfTemplate() + "\", \"subject\": {\"type\": \"pf\", \"doc\": \"529.982.247-25\"}, \"external_id\": 7}"));
        hostile.add(runs.post(ws.testKey()).raw("application/json", "{\"template_id\": \"" + ws.pfTemplate() + "\", \"subject\": {\"type\": \"pf\", \"doc\": \"52998224725\", \"name\": 5}}"));
        hostile.add(runs.post(ws.testKey()).raw("application/json", "{\"template_id\": \"" + ws.pfTemplate() + "\", \"subject\": {\"type\": \"pf\", \"doc\": \"ABCDEFGHIJK\"}}"));
        hostile.add(runs.post(ws.testKey()).raw("application/json", "{\"template_id\": \"" + ws.pfTemplate() + "\", \"subject\": {\"type\": \"pf\", \"doc\": \"\"}}"));
        hostile.add(runs.post(ws.testKey()).raw("application/json", "{\"template_id\": \"" + ws.pfTemplate() + "\", \"subject\": {\"type\": \"pf\", \"doc\": \"529.982.247-25\"}, \"webhook_url\": 12}"));
        hostile.add(runs.post(ws.testKey()).raw(null, "{}".getBytes(StandardCharsets.UTF_8)));
        hostile.add(server.get(Runs.PATH + "?limit=99999999999999999999999").key(ws.testKey()));
        hostile.add(server.get(Runs.PATH + "?status=bogus").key(ws.testKey()));
        hostile.add(server.get(Runs.PATH + "?cursor=%00%01%02").key(ws.testKey()));
        hostile.add(server.get(Runs.PATH + "?cursor=" + "A".repeat(5_000)).key(ws.testKey()));
        hostile.add(server.get(Runs.PATH + "/%2e%2e%2fadmin").key(ws.testKey()));
        hostile.add(server.get(Runs.PATH + "/" + "9".repeat(3_000)).key(ws.testKey()));
        hostile.add(server.get(Runs.PATH).key("sk_test_" + "é".repeat(50)));
        hostile.add(server.get(Runs.PATH).key("x".repeat(4_000)));
        hostile.add(server.get(Runs.PATH).header("Authorization", "Bearer"));
        hostile.add(operator.call("/admin/v1/tenants").raw("application/json", "{\"name\": 5, \"credits\": \"many\"}"));
        hostile.add(operator.call("/admin/v1/tenants/not-a-uuid/credits").json(Json.object().put("amount", 5)));
        hostile.add(operator.call("/admin/v1/tenants/" + ws.tenantId() + "/credits").raw("application/json", "{\"amount\": \"lots\"}"));
        hostile.add(operator.call("/admin/v1/tenants/" + ws.tenantId() + "/api-keys").raw("application/json", "{\"scopes\": \"runs:read\"}"));
        hostile.add(operator.call("/admin/v1/tenants/" + ws.tenantId() + "/api-keys").raw("application/json", "{\"name\":\"k\",\"environment\":\"test\",\"scopes\":[\"runs:read\"],\"rate_limit\":-5}"));
        hostile.add(operator.call("/admin/v1/tenants/" + ws.tenantId() + "/templates").raw("application/json", "{\"name\":\"t\",\"subject_type\":\"pf\",\"sources\":[\"astrology\"]}"));
        for (Call call : hostile) {
            ApiResponse r = call.send();
            assertThat(r.status()).as("a clean 4xx for %s", r).isBetween(400, 499);
            assertEnvelope(r, r.status());
            assertNoStackTrace(r);
        }
    }

    private static void assertNoStackTrace(ApiResponse r) {
        assertThat(r.body()).as("no stack trace in %s", r).doesNotContain(STACK_TRACE_MARKERS.toArray(String[]::new));
        if (r.status() >= 500) assertThat(r.body()).as("no empty 500").isNotBlank();
    }
}
