package kycert.bootstrap.http;

import static kycert.bootstrap.http.ErrorAssert.assertError;
import static kycert.bootstrap.http.ErrorAssert.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kycert.bootstrap.http.Operator.IssuedKey;
import kycert.bootstrap.http.Operator.KeySpec;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Call;
import kycert.bootstrap.testsupport.Json;
import org.junit.jupiter.api.Test;

/** The operator plane (§6) and the key metadata it answers (§4). */
class OperatorApiIT extends WithServer {

    @Test
    void createTenant_answers201WithIdNameCreditsStatus() {
        ApiResponse r = operator.createTenantRaw("Corretora Alfa", 250L);
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        JsonNode t = r.json();
        assertThat(t.path("id").asText()).isNotBlank();
        assertThat(t.path("name").asText()).isEqualTo("Corretora Alfa");
        assertThat(t.path("credits").asLong()).isEqualTo(250);
        assertThat(t.path("status").asText()).isEqualTo("active");
        assertThat(operator.tenant(t.path("id").asText())).isEqualTo(t);
    }

    @Test
    void createTenant_withoutCredits_startsAtZero() {
        ApiResponse r = operator.createTenantRaw("Corretora Beta", null);
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().path("credits").asLong()).isZero();
    }

    @Test
    void createTenant_withoutName_is400() {
        ApiResponse r = operator.call("/admin/v1/tenants").json(Json.object().put("credits", 5)).send();
        assertEnvelope(r, 400);
    }

    @Test
    void unknownTenant_is404_onEveryTenantRoute() {
        String unknown = UUID.randomUUID().toString();
        assertEnvelope(server.get("/admin/v1/tenants/" + unknown).bearer(TestServer.ADMIN_TOKEN).send(), 404);
        assertEnvelope(operator.addCreditsRaw(unknown, 5), 404);
        assertEnvelope(operator.suspendRaw(unknown), 404);
        assertEnvelope(operator.resumeRaw(unknown), 404);
        assertEnvelope(operator.createKeyRaw(unknown, KeySpec.test().toJson()), 404);
        assertEnvelope(operator.createTemplateRaw(unknown, Json.object().put("name", "t").put("subject_type", "pf")), 404);
    }

    @Test
    void withoutAnOperatorToken_theOperatorPlaneIsOff() {
        try (TestServer off = TestServer.startWithoutOperatorToken()) {
            for (String token : new String[] {TestServer.ADMIN_TOKEN, "", "anything"}) {
                Call call = off.post("/admin/v1/tenants").json(Json.object().put("name", "x"));
                if (!token.isEmpty()) call.bearer(token);
                ApiResponse r = call.send();
                assertThat(r.status()).as("%s", r).isIn(401, 403, 404);
                assertEnvelope(r, r.status());
            }
            assertThat(off.get("/health/live").send().status()).isEqualTo(200);
        }
    }

    @Test
    void credits_addToTheBalance_andAnswerTheTenant() {
        String id = operator.createTenant("credits", 10);
        ApiResponse r = operator.addCreditsRaw(id, 15);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().path("id").asText()).isEqualTo(id);
        assertThat(r.json().path("credits").asLong()).isEqualTo(25);
        assertThat(operator.credits(id)).isEqualTo(25);
    }

    @Test
    void suspendAndResume_switchTheStatus() {
        String id = operator.createTenant("suspend", 10);
        ApiResponse s = operator.suspendRaw(id);
        assertThat(s.status()).as("%s", s).isEqualTo(200);
        assertThat(s.json().path("status").asText()).isEqualTo("suspended");
        assertThat(operator.tenant(id).path("status").asText()).isEqualTo("suspended");
        ApiResponse r = operator.resumeRaw(id);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().path("status").asText()).isEqualTo("active");
    }

    @Test
    void createUser_answers201WithIdAndEmail_andNoPassword() {
        String id = operator.createTenant("users", 0);
        ObjectNode body = Json.object().put("email", "ops-" + UUID.randomUUID() + "@corretora.example").put("password", "S3nha-Muito-Forte!");
        ApiResponse r = operator.call("/admin/v1/tenants/" + id + "/users").json(body).send();
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().path("id").asText()).isNotBlank();
        assertThat(r.json().path("email").asText()).isEqualTo(body.path("email").asText());
        assertThat(r.body()).doesNotContain("S3nha-Muito-Forte!");
    }

    @Test
    void createKey_answers201WithTheFullKeyOnceAndItsMetadata() {
        String tenant = operator.createTenant("keys", 0);
        ApiResponse r = operator.createKeyRaw(tenant, new KeySpec("ERP integration", "live", List.of("runs:write", "runs:read"),
                List.of("pf"), 50).toJson());
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        IssuedKey key = Operator.issued(r);
        JsonNode m = key.body();

        assertThat(key.secret()).startsWith("sk_live_").matches("sk_live_[0-9A-Za-z]{33,}");
        assertThat(m.path("id").asText()).isNotBlank();
        assertThat(m.path("name").asText()).isEqualTo("ERP integration");
        assertThat(m.path("environment").asText()).isEqualTo("live");
        assertThat(texts(m.path("scopes"))).containsExactlyInAnyOrder("runs:write", "runs:read");
        assertThat(texts(m.path("subject_types"))).containsExactly("pf");
        assertThat(m.path("rate_limit").asInt()).isEqualTo(50);
        assertThat(m.path("key_prefix").asText()).hasSize(16).isEqualTo(key.secret().substring(0, 16));
        assertThat(m.path("masked_key").asText()).startsWith(m.path("key_prefix").asText() + "…").matches(".{16}…•+")
                .doesNotContain(key.secret());
        assertThat(m.path("active").asBoolean()).isTrue();
        RunsApiIT.assertUtc(m.path("created_at").asText());
        assertThat(m.has("last_used_at") && m.get("last_used_at").isNull()).as("last_used_at null: %s", m).isTrue();
        assertThat(m.has("revoked_at") && m.get("revoked_at").isNull()).as("revoked_at null: %s", m).isTrue();
    }

    @Test
    void createKey_forTheSandbox_isATestKey_withTheDefaultRateLimit() {
        String tenant = operator.createTenant("sandbox keys", 0);
        IssuedKey key = operator.createKey(tenant, KeySpec.test().withRateLimit(null));
        assertThat(key.secret()).startsWith("sk_test_");
        assertThat(key.body().path("environment").asText()).isEqualTo("test");
        assertThat(key.body().path("rate_limit").asInt()).isEqualTo(100);
        assertThat(key.body().path("key_prefix").asText()).startsWith("sk_test_").hasSize(16);
    }

    @Test
    void twoKeys_haveDifferentSecrets() {
        String tenant = operator.createTenant("two keys", 0);
        assertThat(operator.createKey(tenant, KeySpec.test()).secret()).isNotEqualTo(operator.createKey(tenant, KeySpec.test()).secret());
    }

    @Test
    void createKey_withAnUnknownEnvironment_is400() {
        String tenant = operator.createTenant("bad env", 0);
        assertEnvelope(operator.createKeyRaw(tenant, new KeySpec("k", "staging", Operator.ALL_SCOPES, null, null).toJson()), 400);
    }

    @Test
    void createKey_withNoOrUnknownScopes_is400() {
        String tenant = operator.createTenant("bad scopes", 0);
        assertError(operator.createKeyRaw(tenant, KeySpec.test().withScopes().toJson()), Err.MISSING_SCOPES);
        assertError(operator.createKeyRaw(tenant, KeySpec.test().withScopes("runs:write", "everything").toJson()), Err.INVALID_SCOPE);
    }

    @Test
    void revoke_refusesTheKeyAtOnce() {
        String tenant = operator.createTenant("revoke", 0);
        operator.createTemplate(tenant, "pf", null);
        IssuedKey key = operator.createKey(tenant, KeySpec.test());
        assertThat(server.get(Runs.PATH).key(key.secret()).send().status()).isEqualTo(200);

        ApiResponse r = operator.revokeRaw(tenant, key.id());

        assertThat(r.status()).as("%s", r).isEqualTo(200);
        if (r.json().has("active")) assertThat(r.json().path("active").asBoolean()).isFalse();
        if (r.json().has("revoked_at")) RunsApiIT.assertUtc(r.json().path("revoked_at").asText());
        assertThat(r.body()).doesNotContain(key.secret());
        assertError(server.get(Runs.PATH).key(key.secret()).send(), Err.INVALID_API_KEY);
        assertError(server.get(Runs.PATH).bearer(key.secret()).send(), Err.INVALID_API_KEY);
    }

    @Test
    void regenerate_answers200WithANewSecret_sameIdNameAndScopes_andTheOldSecretDies() {
        String tenant = operator.createTenant("regenerate", 0);
        IssuedKey key = operator.createKey(tenant, KeySpec.test().named("rotating").withScopes("runs:read", "detail:read"));
        assertThat(server.get(Runs.PATH).key(key.secret()).send().status()).isEqualTo(200);

        ApiResponse r = operator.regenerateRaw(tenant, key.id());

        assertThat(r.status()).as("%s", r).isEqualTo(200);
        IssuedKey fresh = Operator.issued(r);
        assertThat(fresh.secret()).isNotEqualTo(key.secret()).startsWith("sk_test_");
        assertThat(fresh.id()).isEqualTo(key.id());
        assertThat(fresh.body().path("name").asText()).isEqualTo("rotating");
        assertThat(texts(fresh.body().path("scopes"))).containsExactlyInAnyOrder("runs:read", "detail:read");
        assertError(server.get(Runs.PATH).key(key.secret()).send(), Err.INVALID_API_KEY);
        assertThat(server.get(Runs.PATH).key(fresh.secret()).send().status()).isEqualTo(200);
        assertError(runs.create(fresh.secret(), UUID.randomUUID().toString(), "pf", Docs.CPF_APPROVED), Err.INSUFFICIENT_SCOPE);
    }

    @Test
    void unknownKey_revokeOrRegenerate_is404() {
        String tenant = operator.createTenant("no key", 0);
        assertEnvelope(operator.revokeRaw(tenant, UUID.randomUUID().toString()), 404);
        assertEnvelope(operator.regenerateRaw(tenant, UUID.randomUUID().toString()), 404);
    }

    @Test
    void anotherTenantsKey_cannotBeRevokedThroughThisTenant() {
        String owner = operator.createTenant("owner", 0);
        String stranger = operator.createTenant("stranger", 0);
        IssuedKey key = operator.createKey(owner, KeySpec.test());
        assertEnvelope(operator.revokeRaw(stranger, key.id()), 404);
        assertThat(server.get(Runs.PATH).key(key.secret()).send().status()).isEqualTo(200);
    }

    @Test
    void createTemplate_answers201_andDeactivate_stopsItsUse() {
        String tenant = operator.createTenant("templates", 0);
        String key = operator.createKey(tenant, KeySpec.test()).secret();
        ObjectNode body = Json.object().put("name", "PJ onboarding").put("subject_type", "pj").put("cost", 2);
        body.set("sources", Json.array("registry_status", "sanctions", "ceis"));
        ApiResponse r = operator.createTemplateRaw(tenant, body);
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        String template = r.json().path("id").asText();
        assertThat(template).isNotBlank();
        assertThat(r.json().path("name").asText()).isEqualTo("PJ onboarding");
        assertThat(r.json().path("subject_type").asText()).isEqualTo("pj");
        assertThat(runs.create(key, template, "pj", Docs.CNPJ_APPROVED).status()).isEqualTo(202);

        ApiResponse d = operator.deactivateTemplateRaw(tenant, template);

        assertThat(d.status()).as("%s", d).isEqualTo(200);
        assertError(runs.create(key, template, "pj", Docs.CNPJ_APPROVED), Err.TEMPLATE_NOT_FOUND);
    }

    @Test
    void createTemplate_withAnUnknownSubjectType_is400() {
        String tenant = operator.createTenant("bad template", 0);
        assertEnvelope(operator.createTemplateRaw(tenant, Json.object().put("name", "x").put("subject_type", "px")), 400);
    }

    @Test
    void templateCost_isWhatALiveRunTakes() {
        String tenant = operator.createTenant("cost", 10);
        String live = operator.createKey(tenant, KeySpec.live()).secret();
        String template = operator.createTemplate(tenant, "pf", 4);
        assertThat(runs.create(live, template, "pf", Docs.CPF_APPROVED).status()).isEqualTo(202);
        assertThat(operator.credits(tenant)).isEqualTo(6);
    }

    @Test
    void creditsPostedTwiceWithOneIdempotencyKey_areAddedOnce() {
        String id = operator.createTenant("idempotent credits", 0);
        String key = "credits-" + UUID.randomUUID();
        ApiResponse first = operator.call("/admin/v1/tenants/" + id + "/credits").idempotencyKey(key).json(Json.object().put("amount", 7)).send();
        ApiResponse again = operator.call("/admin/v1/tenants/" + id + "/credits").idempotencyKey(key).json(Json.object().put("amount", 7)).send();
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).as("%s", again).contains("true");
        assertThat(operator.credits(id)).isEqualTo(7);
    }

    @Test
    void tenantPostedTwiceWithOneIdempotencyKey_isCreatedOnce() {
        String key = "tenant-" + UUID.randomUUID();
        ApiResponse first = operator.call("/admin/v1/tenants").idempotencyKey(key).json(Json.object().put("name", "once")).send();
        ApiResponse again = operator.call("/admin/v1/tenants").idempotencyKey(key).json(Json.object().put("name", "once")).send();
        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(again.status()).as("%s", again).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).as("%s", again).contains("true");
        assertThat(again.json().path("id")).isEqualTo(first.json().path("id"));
        assertError(operator.call("/admin/v1/tenants").idempotencyKey("x".repeat(256)).json(Json.object().put("name", "n")).send(),
                Err.INVALID_IDEMPOTENCY_KEY);
    }

    @Test
    void missingOrWrongOperatorToken_is401InTheEnvelope() {
        ObjectNode body = Json.object().put("name", "intruder");
        ApiResponse none = server.post("/admin/v1/tenants").json(body).send();
        assertEnvelope(none, 401);
        assertThat(none.json().path("error").path("type").asText()).isEqualTo("authentication_error");
        ApiResponse wrong = server.post("/admin/v1/tenants").bearer("not-the-token").json(body).send();
        assertEnvelope(wrong, 401);
        assertThat(wrong.json().path("error").path("type").asText()).isEqualTo("authentication_error");
        String tenant = operator.createTenant("guarded", 0);
        String apiKey = operator.createKey(tenant, KeySpec.test()).secret();
        assertEnvelope(server.get("/admin/v1/tenants/" + tenant).bearer(apiKey).send(), 401);
        assertEnvelope(server.get("/admin/v1/tenants/" + tenant).send(), 401);
        assertEnvelope(server.post("/admin/v1/tenants/" + tenant + "/credits").bearer(TestServer.ADMIN_TOKEN + "x")
                .json(Json.object().put("amount", 1_000_000)).send(), 401);
        assertThat(operator.credits(tenant)).isZero();
    }

    @Test
    void operatorToken_isNotAnApiKey() {
        assertError(server.get(Runs.PATH).bearer(TestServer.ADMIN_TOKEN).send(), Err.INVALID_API_KEY);
    }

    private static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).as("array: %s", array).isTrue();
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
