package kycert.bootstrap.http;

import static kycert.bootstrap.http.ErrorAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import kycert.bootstrap.http.Operator.IssuedKey;
import kycert.bootstrap.http.Operator.KeySpec;
import kycert.bootstrap.http.Operator.Workspace;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Call;
import kycert.bootstrap.testsupport.Json;
import kycert.domain.apikey.ApiKeySecret;
import kycert.domain.apikey.Environment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every error code of seed 000 and of the contract, each with its status, type, code and param. */
class ErrorsIT extends WithServer {
    private static Workspace ws;

    @BeforeAll
    static void workspace() {
        ws = operator.workspace(100);
    }

    private static ObjectNode pfBody(String doc) {
        return Runs.body(ws.pfTemplate(), "pf", doc);
    }

    // ---- missing_subject ---------------------------------------------------------------------------------

    @Test
    void noSubject_isMissingSubject() {
        ObjectNode body = Json.object().put("template_id", ws.pfTemplate());
        assertError(runs.create(ws.testKey(), body), Err.MISSING_SUBJECT).withParamIn("subject", "subject.doc", "subject.type");
    }

    @Test
    void subjectWithoutDoc_isMissingSubject() {
        ObjectNode body = pfBody(Docs.CPF_APPROVED);
        ((ObjectNode) body.get("subject")).remove("doc");
        assertError(runs.create(ws.testKey(), body), Err.MISSING_SUBJECT).withParamIn("subject", "subject.doc");
    }

    @Test
    void subjectWithoutType_isMissingSubject() {
        ObjectNode body = pfBody(Docs.CPF_APPROVED);
        ((ObjectNode) body.get("subject")).remove("type");
        assertError(runs.create(ws.testKey(), body), Err.MISSING_SUBJECT).withParamIn("subject", "subject.type");
    }

    // ---- invalid_document ----------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"pf, 5299822472", "pf, 529.982.247-2", "pf, 529982247251", "pj, 1122233300018", "pj, 11.222.333/0001-8", "pj, 112223330001811"})
    void documentOfTheWrongLength_isInvalidDocument_withTheSeedMessage(String type, String doc) {
        String template = type.equals("pf") ? ws.pfTemplate() : ws.pjTemplate();
        assertError(runs.create(ws.testKey(), template, type, doc), Err.INVALID_DOCUMENT)
                .withParam("subject.doc").withMessage(Docs.SEED_LENGTH_MESSAGE);
    }

    @ParameterizedTest
    @CsvSource({"pf, 529.982.247-26", "pf, 111.111.111-11", "pf, 00000000000", "pj, 11.222.333/0001-82", "pj, 00.000.000/0000-00",
            "pj, 12.ABC.345/01DE-36"})
    void documentWithAWrongCheckDigitOrRepeatedDigits_isInvalidDocument_withItsOwnMessage(String type, String doc) {
        String template = type.equals("pf") ? ws.pfTemplate() : ws.pjTemplate();
        ErrorAssert e = assertError(runs.create(ws.testKey(), template, type, doc), Err.INVALID_DOCUMENT).withParam("subject.doc");
        assertThat(e.message()).isNotEqualTo(Docs.SEED_LENGTH_MESSAGE);
    }

    @Test
    void cnpjSentAsPf_isInvalidDocument() {
        assertError(runs.create(ws.testKey(), ws.pfTemplate(), "pf", Docs.CNPJ_APPROVED), Err.INVALID_DOCUMENT).withParam("subject.doc");
    }

    // ---- subject type ------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"px", "company", "cpf", "PFX"})
    void subjectTypeOtherThanPfOrPj_isInvalidSubjectType(String type) {
        assertError(runs.create(ws.testKey(), ws.pfTemplate(), type, Docs.CPF_APPROVED), Err.INVALID_SUBJECT_TYPE)
                .withParam("subject.type");
    }

    @Test
    void pjSubjectOnAPfTemplate_isSubjectTypeMismatch() {
        assertError(runs.create(ws.testKey(), ws.pfTemplate(), "pj", Docs.CNPJ_APPROVED), Err.SUBJECT_TYPE_MISMATCH)
                .withParamIn("subject.type", "template_id");
        assertError(runs.create(ws.testKey(), ws.pjTemplate(), "pf", Docs.CPF_APPROVED), Err.SUBJECT_TYPE_MISMATCH)
                .withParamIn("subject.type", "template_id");
    }

    // ---- template ----------------------------------------------------------------------------------------

    @Test
    void noTemplateId_isMissingTemplateId() {
        assertError(runs.create(ws.testKey(), null, "pf", Docs.CPF_APPROVED), Err.MISSING_TEMPLATE_ID).withParam("template_id");
    }

    @Test
    void unknownTemplate_isTemplateNotFound() {
        assertError(runs.create(ws.testKey(), UUID.randomUUID().toString(), "pf", Docs.CPF_APPROVED), Err.TEMPLATE_NOT_FOUND)
                .withParam("template_id");
        assertError(runs.create(ws.testKey(), "not-a-uuid", "pf", Docs.CPF_APPROVED), Err.TEMPLATE_NOT_FOUND)
                .withParam("template_id");
    }

    @Test
    void anotherTenantsTemplate_isTemplateNotFound() {
        Workspace other = operator.workspace(0);
        assertError(runs.create(ws.testKey(), other.pfTemplate(), "pf", Docs.CPF_APPROVED), Err.TEMPLATE_NOT_FOUND)
                .withParam("template_id");
    }

    @Test
    void deactivatedTemplate_isTemplateNotFound() {
        String template = operator.createTemplate(ws.tenantId(), "pf", null);
        assertThat(runs.create(ws.testKey(), template, "pf", Docs.CPF_APPROVED).status()).isEqualTo(202);
        operator.deactivateTemplate(ws.tenantId(), template);
        assertError(runs.create(ws.testKey(), template, "pf", Docs.CPF_APPROVED), Err.TEMPLATE_NOT_FOUND).withParam("template_id");
    }

    // ---- body --------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"{", "not json", "{\"template_id\": }", "{\"a\":1} trailing", "{'template_id':'x'}"})
    void malformedJson_isInvalidJson(String text) {
        assertError(runs.post(ws.testKey()).raw("application/json", text).send(), Err.INVALID_JSON).withParam(null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"score\": 1}",
            "{\"nested\": {\"a\": \"b\"}}",
            "{\"list\": [\"a\"]}",
            "{\"flag\": true}",
            "{\"nothing\": null}",
            "[\"a\"]",
            "\"a string\""})
    void metadataThatIsNotAFlatObjectOfStrings_isInvalidMetadata(String metadata) throws Exception {
        ObjectNode body = pfBody(Docs.CPF_APPROVED);
        body.set("metadata", Json.MAPPER.readTree(metadata));
        assertError(runs.create(ws.testKey(), body), Err.INVALID_METADATA).withParamIn("metadata", null);
    }

    @Test
    void metadataOverItsLimits_isInvalidMetadata() {
        ObjectNode eleven = Json.object();
        for (int i = 0; i < 11; i++) eleven.put("k" + i, "v");
        assertInvalidMetadata(eleven);
        assertInvalidMetadata(Json.object().put("k".repeat(41), "v"));
        assertInvalidMetadata(Json.object().put("k", "v".repeat(501)));
    }

    @Test
    void metadataAtItsLimits_isAccepted() {
        ObjectNode ten = Json.object();
        for (int i = 0; i < 9; i++) ten.put("k" + i, "v");
        ten.put("k".repeat(40), "v".repeat(500));
        ObjectNode body = pfBody(Docs.CPF_APPROVED);
        body.set("metadata", ten);
        ApiResponse r = runs.create(ws.testKey(), body);
        assertThat(r.status()).as("%s", r).isEqualTo(202);
        assertThat(r.json().path("metadata")).isEqualTo(ten);
    }

    private static void assertInvalidMetadata(ObjectNode metadata) {
        ObjectNode body = pfBody(Docs.CPF_APPROVED);
        body.set("metadata", metadata);
        assertError(runs.create(ws.testKey(), body), Err.INVALID_METADATA).withParamIn("metadata", null);
    }

    // ---- cursor and run ids ------------------------------------------------------------------------------

    @Test
    void corruptedCursor_isInvalidCursor() {
        assertError(runs.list(ws.testKey(), "cursor=AAAA.BBBB"), Err.INVALID_CURSOR).withParam("cursor");
    }

    @Test
    void unknownRun_is404RunNotFound_onEveryRunRoute() {
        String id = UUID.randomUUID().toString();
        assertError(runs.get(ws.testKey(), id), Err.RUN_NOT_FOUND);
        assertError(server.get(Runs.PATH + "/" + id + "/analysis").key(ws.testKey()).send(), Err.RUN_NOT_FOUND);
        assertError(server.get(Runs.PATH + "/" + id + "/detail").key(ws.testKey()).send(), Err.RUN_NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12345", "not-a-uuid-at-all", "00000000-0000-0000-0000-00000000000g"})
    void malformedRunId_is404RunNotFound(String id) {
        assertError(runs.get(ws.testKey(), id), Err.RUN_NOT_FOUND);
    }

    @Test
    void anotherTenantsRun_is404RunNotFound() {
        Workspace other = operator.workspace(0);
        String id = runs.accepted(other.testKey(), other.pfTemplate(), "pf", Docs.CPF_APPROVED).path("id").asText();
        assertError(runs.get(ws.testKey(), id), Err.RUN_NOT_FOUND);
        assertError(server.get(Runs.PATH + "/" + id + "/analysis").key(ws.testKey()).send(), Err.RUN_NOT_FOUND);
        assertError(server.get(Runs.PATH + "/" + id + "/detail").key(ws.testKey()).send(), Err.RUN_NOT_FOUND);
    }

    @Test
    void theOtherEnvironmentsRun_is404RunNotFound() {
        String testRun = runs.accepted(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_APPROVED).path("id").asText();
        String liveRun = runs.accepted(ws.liveKey(), ws.pfTemplate(), "pf", Docs.CPF_APPROVED).path("id").asText();
        assertError(runs.get(ws.liveKey(), testRun), Err.RUN_NOT_FOUND);
        assertError(runs.get(ws.testKey(), liveRun), Err.RUN_NOT_FOUND);
    }

    // ---- versioning --------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"2020-01-01", "2026-06-04", "banana", "latest"})
    void unknownApiVersion_is400OnTheHeader(String version) {
        assertError(server.get(Runs.PATH).key(ws.testKey()).version(version).send(), Err.UNKNOWN_API_VERSION)
                .withParam("x-kycert-api-version");
    }

    @Test
    void knownVersion_isEchoed_andOmittedMeansLatest() {
        ApiResponse pinned = server.get(Runs.PATH).key(ws.testKey()).version("2026-06-03").send();
        assertThat(pinned.status()).isEqualTo(200);
        assertThat(pinned.header("x-kycert-api-version")).contains("2026-06-03");
        ApiResponse latest = server.get(Runs.PATH).key(ws.testKey()).send();
        assertThat(latest.status()).isEqualTo(200);
        assertThat(latest.header("x-kycert-api-version")).contains("2026-06-03");
    }

    // ---- authentication ----------------------------------------------------------------------------------

    @Test
    void noKey_isMissingApiKey() {
        assertError(server.get(Runs.PATH).send(), Err.MISSING_API_KEY).withParam(null);
        assertError(server.post(Runs.PATH).json(pfBody(Docs.CPF_APPROVED)).send(), Err.MISSING_API_KEY).withParam(null);
        assertError(server.get(Runs.PATH).header("Authorization", "Basic dXNlcjpwYXNz").send(), Err.MISSING_API_KEY);
    }

    @Test
    void garbageKey_isInvalidApiKey() {
        assertError(server.get(Runs.PATH).key("hello").send(), Err.INVALID_API_KEY).withParam(null);
        assertError(server.get(Runs.PATH).bearer("sk_test_short").send(), Err.INVALID_API_KEY).withParam(null);
        assertError(server.get(Runs.PATH).key("sk_prod_" + "a".repeat(46)).send(), Err.INVALID_API_KEY);
    }

    @Test
    void wellFormedKeyWithABadChecksum_isInvalidApiKey() {
        String good = ws.testKey();
        int i = good.length() - 10;
        String bad = good.substring(0, i) + (good.charAt(i) == 'a' ? 'b' : 'a') + good.substring(i + 1);
        assertError(server.get(Runs.PATH).key(bad).send(), Err.INVALID_API_KEY).withParam(null);
        String badChecksum = good.substring(0, good.length() - 1) + (good.endsWith("0") ? "1" : "0");
        assertError(server.get(Runs.PATH).key(badChecksum).send(), Err.INVALID_API_KEY);
    }

    @Test
    void wellFormedKeyNeverIssued_isInvalidApiKey() {
        String neverIssued = ApiKeySecret.generate(Environment.TEST, new Random(42)).value();
        assertError(server.get(Runs.PATH).key(neverIssued).send(), Err.INVALID_API_KEY).withParam(null);
    }

    @Test
    void revokedKey_isInvalidApiKey() {
        IssuedKey key = operator.createKey(ws.tenantId(), KeySpec.test());
        assertThat(server.get(Runs.PATH).key(key.secret()).send().status()).isEqualTo(200);
        operator.revoke(ws.tenantId(), key.id());
        assertError(server.get(Runs.PATH).key(key.secret()).send(), Err.INVALID_API_KEY).withParam(null);
    }

    @Test
    void regeneratedKeysOldSecret_isInvalidApiKey() {
        IssuedKey key = operator.createKey(ws.tenantId(), KeySpec.test());
        IssuedKey fresh = operator.regenerate(ws.tenantId(), key.id());
        assertError(server.get(Runs.PATH).key(key.secret()).send(), Err.INVALID_API_KEY);
        assertThat(server.get(Runs.PATH).key(fresh.secret()).send().status()).isEqualTo(200);
    }

    // ---- billing -----------------------------------------------------------------------------------------

    @Test
    void liveKeyWithoutCredits_isBillingSuspended() {
        Workspace broke = operator.workspace(0);
        assertError(runs.create(broke.liveKey(), broke.pfTemplate(), "pf", Docs.CPF_APPROVED), Err.BILLING_SUSPENDED).withParam(null);
    }

    @Test
    void liveRunCostingMoreThanTheBalance_isBillingSuspended() {
        Workspace poor = operator.workspace(2);
        String pricey = operator.createTemplate(poor.tenantId(), "pf", 3);
        assertError(runs.create(poor.liveKey(), pricey, "pf", Docs.CPF_APPROVED), Err.BILLING_SUSPENDED);
        assertThat(operator.credits(poor.tenantId())).isEqualTo(2);
        operator.addCredits(poor.tenantId(), 1);
        assertThat(runs.create(poor.liveKey(), pricey, "pf", Docs.CPF_APPROVED).status()).isEqualTo(202);
        assertThat(operator.credits(poor.tenantId())).isZero();
    }

    @Test
    void suspendedTenant_isBillingSuspended_evenWithCredits() {
        Workspace rich = operator.workspace(50);
        operator.suspend(rich.tenantId());
        assertError(runs.create(rich.liveKey(), rich.pfTemplate(), "pf", Docs.CPF_APPROVED), Err.BILLING_SUSPENDED);
        assertThat(operator.credits(rich.tenantId())).isEqualTo(50);
        operator.resume(rich.tenantId());
        assertThat(runs.create(rich.liveKey(), rich.pfTemplate(), "pf", Docs.CPF_APPROVED).status()).isEqualTo(202);
    }

    @Test
    void sandboxRuns_takeNoCredits() {
        Workspace rich = operator.workspace(7);
        runs.accepted(rich.testKey(), rich.pfTemplate(), "pf", Docs.CPF_APPROVED);
        runs.accepted(rich.testKey(), operator.createTemplate(rich.tenantId(), "pf", 5), "pf", Docs.CPF_APPROVED);
        assertThat(operator.credits(rich.tenantId())).isEqualTo(7);
    }

    @Test
    void concurrentLiveRuns_neverSpendMoreThanTheBalance() throws Exception {
        Workspace five = operator.workspace(5);
        int threads = 16;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApiResponse>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return runs.create(five.liveKey(), five.pfTemplate(), "pf", Docs.CPF_APPROVED);
                }));
            }
            go.countDown();
            int accepted = 0;
            for (Future<ApiResponse> f : answers) {
                ApiResponse r = f.get();
                if (r.status() == 202) accepted++;
                else assertError(r, Err.BILLING_SUSPENDED);
            }
            assertThat(accepted).isEqualTo(5);
        }
        assertThat(operator.credits(five.tenantId())).isZero();
        assertThat(runs.listAllIds(five.liveKey(), "")).hasSize(5);
    }

    @Test
    void sandboxWithoutCredits_stillRuns() {
        Workspace broke = operator.workspace(0);
        assertThat(runs.create(broke.testKey(), broke.pfTemplate(), "pf", Docs.CPF_APPROVED).status()).isEqualTo(202);
        assertThat(operator.credits(broke.tenantId())).isZero();
    }

    // ---- authorization -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1} with only {2}")
    @CsvSource({
            "POST, '',        runs:read",
            "POST, '',        detail:read",
            "GET,  '',        runs:write",
            "GET,  '',        detail:read",
            "GET,  /{id},     runs:write",
            "GET,  /{id},     detail:read",
            "GET,  /{id}/analysis, runs:write",
            "GET,  /{id}/analysis, detail:read",
            "GET,  /{id}/detail,   runs:write",
            "GET,  /{id}/detail,   runs:read"
    })
    void keyWithoutTheScope_isInsufficientScope(String method, String suffix, String onlyScope) {
        String runId = runs.accepted(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_APPROVED).path("id").asText();
        String key = operator.createKey(ws.tenantId(), KeySpec.test().withScopes(onlyScope)).secret();
        Call call = server.call(method, Runs.PATH + suffix.replace("{id}", runId)).key(key);
        if (method.equals("POST")) call.json(pfBody(Docs.CPF_APPROVED));
        assertError(call.send(), Err.INSUFFICIENT_SCOPE).withParam(null);
    }

    @ParameterizedTest(name = "{0} {1} with {2}")
    @CsvSource({
            "POST, '',             runs:write",
            "GET,  '',             runs:read",
            "GET,  /{id},          runs:read",
            "GET,  /{id}/analysis, runs:read",
            "GET,  /{id}/detail,   detail:read"
    })
    void keyWithTheScope_isAdmitted(String method, String suffix, String scope) {
        String runId = runs.accepted(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_APPROVED).path("id").asText();
        String key = operator.createKey(ws.tenantId(), KeySpec.test().withScopes(scope)).secret();
        Call call = server.call(method, Runs.PATH + suffix.replace("{id}", runId)).key(key);
        if (method.equals("POST")) call.json(pfBody(Docs.CPF_APPROVED));
        ApiResponse r = call.send();
        assertThat(r.status()).as("%s", r).isEqualTo(method.equals("POST") ? 202 : 200);
    }

    @Test
    void keyRestrictedToPf_cannotQueryPj_andViceVersa() {
        String pfOnly = operator.createKey(ws.tenantId(), KeySpec.test().withSubjectTypes("pf")).secret();
        String pjOnly = operator.createKey(ws.tenantId(), KeySpec.test().withSubjectTypes("pj")).secret();
        assertError(runs.create(pfOnly, ws.pjTemplate(), "pj", Docs.CNPJ_APPROVED), Err.SUBJECT_TYPE_NOT_ALLOWED)
                .withParamIn("subject.type", null);
        assertError(runs.create(pjOnly, ws.pfTemplate(), "pf", Docs.CPF_APPROVED), Err.SUBJECT_TYPE_NOT_ALLOWED)
                .withParamIn("subject.type", null);
        assertThat(runs.create(pfOnly, ws.pfTemplate(), "pf", Docs.CPF_APPROVED).status()).isEqualTo(202);
        assertThat(runs.create(pjOnly, ws.pjTemplate(), "pj", Docs.CNPJ_APPROVED).status()).isEqualTo(202);
    }

    // ---- rate limit --------------------------------------------------------------------------------------

    @Test
    void fourthRequestOnAKeyLimitedTo3_isRateLimitExceeded() {
        String key = operator.createKey(ws.tenantId(), KeySpec.test().withRateLimit(3)).secret();
        for (int i = 0; i < 3; i++) assertThat(server.get(Runs.PATH).key(key).send().status()).isEqualTo(200);
        ApiResponse r = server.get(Runs.PATH).key(key).send();
        assertError(r, Err.RATE_LIMIT_EXCEEDED).withParam(null);
        assertThat(Long.parseLong(r.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(r.header("X-RateLimit-Limit")).contains("3");
        assertThat(r.header("X-RateLimit-Remaining")).contains("0");
        assertThat(r.header("X-RateLimit-Reset")).isPresent();
    }

    // ---- server errors -----------------------------------------------------------------------------------

    @Test
    void failingFixture_isRunFailed() {
        assertError(runs.create(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_FAILS), Err.RUN_FAILED).withParam(null);
    }

    @Test
    void unexpectedFailure_isInternalError_withoutItsDetails() {
        try (TestServer broken = TestServer.start()) {
            Operator op = broken.operator();
            Workspace w = op.workspace(0);
            String id = new Runs(broken).accepted(w.testKey(), w.pfTemplate(), "pf", Docs.CPF_APPROVED).path("id").asText();
            FaultInjection.breakRunStore(broken.server().kycert(), "kaboom-injected-fault");

            for (ApiResponse r : new ApiResponse[] {
                    broken.get(Runs.PATH + "/" + id).key(w.testKey()).send(),
                    broken.get(Runs.PATH).key(w.testKey()).send()}) {
                assertError(r, Err.INTERNAL_ERROR).withParam(null);
                assertThat(r.body()).doesNotContain("kaboom", "Exception", "at kycert.", ".java:");
            }
        }
    }

    // ---- the contract's additions ------------------------------------------------------------------------

    @Test
    void unknownRoute_is404NotFound() {
        assertError(server.get("/no/such/route").send(), Err.NOT_FOUND);
        assertError(server.get("/api/v1/bureau/nothing-here").key(ws.testKey()).send(), Err.NOT_FOUND);
        String id = runs.accepted(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_APPROVED).path("id").asText();
        assertError(server.get(Runs.PATH + "/" + id + "/unknown").key(ws.testKey()).send(), Err.NOT_FOUND);
    }

    @Test
    void wrongMethod_is405MethodNotAllowed() {
        assertError(server.call("DELETE", Runs.PATH).key(ws.testKey()).send(), Err.METHOD_NOT_ALLOWED);
        assertError(server.call("PUT", Runs.PATH).key(ws.testKey()).json(pfBody(Docs.CPF_APPROVED)).send(), Err.METHOD_NOT_ALLOWED);
        String id = runs.accepted(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_APPROVED).path("id").asText();
        assertError(server.call("DELETE", Runs.PATH + "/" + id).key(ws.testKey()).send(), Err.METHOD_NOT_ALLOWED);
        assertError(server.post(Runs.PATH + "/" + id).key(ws.testKey()).json(pfBody(Docs.CPF_APPROVED)).send(), Err.METHOD_NOT_ALLOWED);
    }

    @Test
    void bodyOverOneMebibyte_is413PayloadTooLarge() {
        ObjectNode body = pfBody(Docs.CPF_APPROVED).put("external_id", "x".repeat(1024 * 1024 + 10));
        assertError(runs.create(ws.testKey(), body), Err.PAYLOAD_TOO_LARGE);
    }

    @Test
    void chunkedBodyOverOneMebibyte_is413PayloadTooLarge() {
        ObjectNode body = pfBody(Docs.CPF_APPROVED).put("external_id", "x".repeat(1024 * 1024 + 10));
        assertError(runs.post(ws.testKey()).json(body).chunked().send(), Err.PAYLOAD_TOO_LARGE);
        assertThat(runs.post(ws.testKey()).json(pfBody(Docs.CPF_APPROVED)).chunked().send().status()).isEqualTo(202);
    }

    @Test
    void externalIdOver255Chars_is400OnExternalId() {
        ObjectNode body = pfBody(Docs.CPF_APPROVED).put("external_id", "e".repeat(256));
        ErrorAssert.assertEnvelope(runs.create(ws.testKey(), body), 400).withParam("external_id");
        assertThat(runs.create(ws.testKey(), pfBody(Docs.CPF_APPROVED).put("external_id", "e".repeat(255))).status()).isEqualTo(202);
    }

    @Test
    void nonJsonContentType_is415UnsupportedMediaType() {
        String json = Json.write(pfBody(Docs.CPF_APPROVED));
        assertError(runs.post(ws.testKey()).raw("text/plain", json).send(), Err.UNSUPPORTED_MEDIA_TYPE);
        assertError(runs.post(ws.testKey()).raw("application/x-www-form-urlencoded", "a=b").send(), Err.UNSUPPORTED_MEDIA_TYPE);
        assertThat(runs.post(ws.testKey()).raw("application/json; charset=utf-8", json).send().status()).isEqualTo(202);
    }

    @Test
    void idempotencyKeyTooLongOrNotAscii_isInvalidIdempotencyKey() {
        assertError(runs.post(ws.testKey()).idempotencyKey("k".repeat(256)).json(pfBody(Docs.CPF_APPROVED)).send(),
                Err.INVALID_IDEMPOTENCY_KEY);
        for (byte[] nonAscii : List.of("chave-é-única".getBytes(StandardCharsets.UTF_8), "chave-é".getBytes(StandardCharsets.ISO_8859_1))) {
            RawHttp.Answer r = RawHttp.post(server.server().port(), Runs.PATH, Map.of("X-API-Key", ws.testKey().getBytes(StandardCharsets.US_ASCII),
                    "Idempotency-Key", nonAscii), Json.write(pfBody(Docs.CPF_APPROVED)));
            assertThat(r.status()).as("%s", r.text()).isEqualTo(400);
            assertThat(r.body()).as("%s", r.text()).contains("\"invalid_idempotency_key\"");
        }
        assertThat(runs.post(ws.testKey()).idempotencyKey("k".repeat(255)).json(pfBody(Docs.CPF_APPROVED)).send().status())
                .isEqualTo(202);
    }

    @Test
    void idempotencyKeyWithAnotherBody_isIdempotencyKeyReused() {
        String key = "reuse-" + UUID.randomUUID();
        assertThat(runs.post(ws.testKey()).idempotencyKey(key).json(pfBody(Docs.CPF_APPROVED)).send().status()).isEqualTo(202);
        assertError(runs.post(ws.testKey()).idempotencyKey(key).json(pfBody(Docs.CPF_PEP)).send(), Err.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void keyWithoutScopes_isMissingScopes() {
        assertError(operator.createKeyRaw(ws.tenantId(), KeySpec.test().withScopes().toJson()), Err.MISSING_SCOPES)
                .withParamIn("scopes", null);
        ObjectNode noScopes = KeySpec.test().toJson();
        noScopes.remove("scopes");
        assertError(operator.createKeyRaw(ws.tenantId(), noScopes), Err.MISSING_SCOPES).withParamIn("scopes", null);
    }

    @Test
    void keyWithAnUnknownScope_isInvalidScope() {
        assertError(operator.createKeyRaw(ws.tenantId(), KeySpec.test().withScopes("runs:read", "runs:delete").toJson()), Err.INVALID_SCOPE)
                .withParamIn("scopes", null);
        assertError(operator.createKeyRaw(ws.tenantId(), KeySpec.test().withScopes("admin").toJson()), Err.INVALID_SCOPE);
    }

    @Test
    void everyErrorCarriesItsRequestId() {
        ApiResponse r = runs.get(ws.testKey(), UUID.randomUUID().toString());
        JsonNode body = r.json();
        assertThat(body.path("request_id").asText()).isNotBlank().isEqualTo(r.header("X-Request-Id").orElseThrow());
    }
}
