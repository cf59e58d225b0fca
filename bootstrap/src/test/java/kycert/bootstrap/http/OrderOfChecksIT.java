package kycert.bootstrap.http;

import static kycert.bootstrap.http.ErrorAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import kycert.bootstrap.http.Operator.KeySpec;
import kycert.bootstrap.http.Operator.Workspace;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract's order of checks: authentication 401 → rate limit 429 → api version 400 → scope 403 →
 * idempotency replay / conflict → body JSON 400 → field validation 400 → subject type allowed 403 → template 400 →
 * billing 402 → 202. Each request breaks two adjacent checks at once; the earlier one must answer.
 */
class OrderOfChecksIT extends WithServer {
    private static final String BAD_VERSION = "1999-01-01";
    private static final String BROKEN_JSON = "{\"template_id\": \"x\", \"subject\": {\"type\": \"px\", \"doc\": \"1\"";
    private static Workspace ws;

    @BeforeAll
    static void workspace() {
        ws = operator.workspace(100);
    }

    private static ObjectNode pf(String template, String doc) {
        return Runs.body(template, "pf", doc);
    }

    @Test
    void authentication_beforeRateLimit() {
        String limited = exhausted();
        String wrong = limited.substring(0, limited.length() - 1) + (limited.endsWith("a") ? "b" : "a");
        assertError(server.get(Runs.PATH).key(wrong).send(), Err.INVALID_API_KEY);
        assertError(server.get(Runs.PATH).send(), Err.MISSING_API_KEY);
    }

    @Test
    void authentication_beforeApiVersion() {
        assertError(server.get(Runs.PATH).key("sk_test_nope").version(BAD_VERSION).send(), Err.INVALID_API_KEY);
        assertError(server.get(Runs.PATH).version(BAD_VERSION).send(), Err.MISSING_API_KEY);
        assertError(server.post(Runs.PATH).key("sk_test_nope").version(BAD_VERSION).raw("application/json", BROKEN_JSON).send(),
                Err.INVALID_API_KEY);
    }

    @Test
    void rateLimit_beforeApiVersion() {
        String limited = exhausted();
        ApiResponse r = server.get(Runs.PATH).key(limited).version(BAD_VERSION).send();
        assertError(r, Err.RATE_LIMIT_EXCEEDED);
        assertThat(r.header("Retry-After")).isPresent();
    }

    @Test
    void rateLimit_beforeScope() {
        String limited = operator.createKey(ws.tenantId(), KeySpec.test().withScopes("runs:read").withRateLimit(1)).secret();
        assertThat(server.get(Runs.PATH).key(limited).send().status()).isEqualTo(200);
        assertError(runs.create(limited, pf(ws.pfTemplate(), Docs.CPF_APPROVED)), Err.RATE_LIMIT_EXCEEDED);
    }

    @Test
    void apiVersion_beforeScope() {
        String readOnly = operator.createKey(ws.tenantId(), KeySpec.test().withScopes("runs:read")).secret();
        assertError(runs.post(readOnly).version(BAD_VERSION).json(pf(ws.pfTemplate(), Docs.CPF_APPROVED)).send(), Err.UNKNOWN_API_VERSION);
        String writeOnly = operator.createKey(ws.tenantId(), KeySpec.test().withScopes("runs:write")).secret();
        assertError(server.get(Runs.PATH).key(writeOnly).version(BAD_VERSION).send(), Err.UNKNOWN_API_VERSION);
    }

    @Test
    void scope_beforeIdempotency() {
        String idem = "order-" + UUID.randomUUID();
        assertThat(runs.post(ws.testKey()).idempotencyKey(idem).json(pf(ws.pfTemplate(), Docs.CPF_APPROVED)).send().status()).isEqualTo(202);
        String readOnly = operator.createKey(ws.tenantId(), KeySpec.test().withScopes("runs:read")).secret();
        assertError(runs.post(readOnly).idempotencyKey(idem).json(pf(ws.pfTemplate(), Docs.CPF_PEP)).send(), Err.INSUFFICIENT_SCOPE);
        assertError(runs.post(readOnly).idempotencyKey("k".repeat(300)).json(pf(ws.pfTemplate(), Docs.CPF_PEP)).send(),
                Err.INSUFFICIENT_SCOPE);
    }

    @Test
    void scope_beforeInvalidJson() {
        String readOnly = operator.createKey(ws.tenantId(), KeySpec.test().withScopes("runs:read")).secret();
        assertError(runs.post(readOnly).raw("application/json", BROKEN_JSON).send(), Err.INSUFFICIENT_SCOPE);
    }

    @Test
    void idempotentReplay_beforeBilling_onANowSuspendedTenant() {
        Workspace own = operator.workspace(10);
        String idem = "replay-" + UUID.randomUUID();
        ObjectNode body = pf(own.pfTemplate(), Docs.CPF_APPROVED);
        ApiResponse first = runs.post(own.liveKey()).idempotencyKey(idem).json(body).send();
        assertThat(first.status()).as("%s", first).isEqualTo(202);
        operator.suspend(own.tenantId());

        ApiResponse again = runs.post(own.liveKey()).idempotencyKey(idem).json(body).send();

        assertThat(again.status()).as("%s", again).isEqualTo(202);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertError(runs.post(own.liveKey()).idempotencyKey("fresh-" + UUID.randomUUID()).json(body).send(), Err.BILLING_SUSPENDED);
    }

    @Test
    void idempotencyConflict_beforeBodyAndFieldChecks() {
        String idem = "conflict-" + UUID.randomUUID();
        assertThat(runs.post(ws.testKey()).idempotencyKey(idem).json(pf(ws.pfTemplate(), Docs.CPF_APPROVED)).send().status()).isEqualTo(202);
        assertError(runs.post(ws.testKey()).idempotencyKey(idem).json(pf(ws.pfTemplate(), Docs.CPF_SHORT)).send(), Err.IDEMPOTENCY_KEY_REUSED);
        assertError(runs.post(ws.testKey()).idempotencyKey(idem).raw("application/json", BROKEN_JSON).send(), Err.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void invalidJson_beforeFieldValidation() {
        assertError(runs.post(ws.testKey()).raw("application/json", BROKEN_JSON).send(), Err.INVALID_JSON);
        assertError(runs.post(ws.testKey()).raw("application/json", "{\"metadata\": 5, \"subject\": {\"type\": \"px\"},}").send(), Err.INVALID_JSON);
    }

    @Test
    void fieldValidation_beforeSubjectTypeAllowed() {
        String pjOnly = operator.createKey(ws.tenantId(), KeySpec.test().withSubjectTypes("pj")).secret();
        assertError(runs.create(pjOnly, pf(ws.pfTemplate(), Docs.CPF_SHORT)), Err.INVALID_DOCUMENT);
        ObjectNode badMetadata = pf(ws.pfTemplate(), Docs.CPF_APPROVED);
        badMetadata.set("metadata", Json.object().put("n", 1));
        assertError(runs.create(pjOnly, badMetadata), Err.INVALID_METADATA);
        assertError(runs.create(pjOnly, pf(null, Docs.CPF_APPROVED)), Err.MISSING_TEMPLATE_ID);
    }

    @Test
    void subjectTypeAllowed_beforeTemplate() {
        String pjOnly = operator.createKey(ws.tenantId(), KeySpec.test().withSubjectTypes("pj")).secret();
        assertError(runs.create(pjOnly, pf(UUID.randomUUID().toString(), Docs.CPF_APPROVED)), Err.SUBJECT_TYPE_NOT_ALLOWED);
        assertError(runs.create(pjOnly, pf(ws.pjTemplate(), Docs.CPF_APPROVED)), Err.SUBJECT_TYPE_NOT_ALLOWED);
    }

    @Test
    void template_beforeBilling() {
        Workspace broke = operator.workspace(0);
        assertError(runs.create(broke.liveKey(), pf(UUID.randomUUID().toString(), Docs.CPF_APPROVED)), Err.TEMPLATE_NOT_FOUND);
        assertError(runs.create(broke.liveKey(), pf(broke.pjTemplate(), Docs.CPF_APPROVED)), Err.SUBJECT_TYPE_MISMATCH);
        assertError(runs.create(broke.liveKey(), pf(broke.pfTemplate(), Docs.CPF_REPEATED)), Err.INVALID_DOCUMENT);
    }

    @Test
    void billing_beforeAcceptance() {
        Workspace broke = operator.workspace(0);
        assertError(runs.create(broke.liveKey(), pf(broke.pfTemplate(), Docs.CPF_APPROVED)), Err.BILLING_SUSPENDED);
        operator.addCredits(broke.tenantId(), 1);
        JsonNode run = runs.accepted(broke.liveKey(), broke.pfTemplate(), "pf", Docs.CPF_APPROVED);
        assertThat(run.path("status").asText()).isEqualTo("queued");
    }

    /** A fresh key with a limit of 1 whose only request is spent. */
    private static String exhausted() {
        String key = operator.createKey(ws.tenantId(), KeySpec.test().withRateLimit(1)).secret();
        assertThat(server.get(Runs.PATH).key(key).send().status()).isEqualTo(200);
        assertThat(server.get(Runs.PATH).key(key).send().status()).isEqualTo(429);
        return key;
    }
}
