package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/api-keys}: a tenant's own keys, the same rules as the operator's, scoped to the caller's tenant. */
class ApiKeysManagementIT extends WithTwoTenants {
    private static String aliceTemplate;

    @BeforeAll
    static void createAliceTemplate() {
        aliceTemplate = alice.createTemplate("alice pf");
    }

    @Test
    void create_answers201_withTheFullKeyOnce_andItWorksOnTheDataPlane() {
        JsonNode key = alice.createKey("Backoffice", "test");
        String secret = key.path("key").asText();
        assertThat(secret).matches("sk_test_[0-9A-Za-z]{32,}");
        assertThat(key.path("object").asText()).isEqualTo("api_key");
        assertThat(key.path("name").asText()).isEqualTo("Backoffice");
        assertThat(key.path("environment").asText()).isEqualTo("test");
        assertThat(key.path("scopes")).extracting(JsonNode::asText).containsExactlyInAnyOrder("runs:write", "runs:read", "detail:read");
        assertThat(key.path("subject_types")).extracting(JsonNode::asText).containsExactlyInAnyOrder("pf", "pj");
        assertThat(key.path("rate_limit").asInt()).isEqualTo(100);
        assertThat(key.path("key_prefix").asText()).isEqualTo(secret.substring(0, 16));
        assertThat(key.path("masked_key").asText()).startsWith(secret.substring(0, 16)).doesNotContain(secret.substring(16));
        assertThat(key.path("active").asBoolean()).isTrue();
        assertThat(key.get("revoked_at").isNull()).isTrue();
        assertThat(key.has("last_used_at")).isTrue();

        ApiResponse run = server.post("/api/v1/bureau/runs").key(secret).json(MgmtServer.runBody(aliceTemplate, MgmtServer.CPF_APPROVED)).send();
        assertThat(run.status()).as("%s", run).isEqualTo(202);

        ApiResponse got = alice.get("/api/v1/api-keys/" + key.path("id").asText());
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().has("key")).isFalse();
        assertThat(got.body()).doesNotContain(secret);
    }

    @Test
    void aLiveKey_andCustomSettings() {
        ObjectNode body = MgmtServer.keyBody("Live reader", "live").put("rate_limit", 7);
        body.set("scopes", Json.MAPPER.valueToTree(List.of("runs:read")));
        body.set("subject_types", Json.MAPPER.valueToTree(List.of("pj")));
        ApiResponse r = alice.post("/api/v1/api-keys", body);
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().path("key").asText()).startsWith("sk_live_");
        assertThat(r.json().path("rate_limit").asInt()).isEqualTo(7);
        assertThat(r.json().path("scopes")).extracting(JsonNode::asText).containsExactly("runs:read");
        assertThat(r.json().path("subject_types")).extracting(JsonNode::asText).containsExactly("pj");
    }

    @Test
    void list_showsOnlyTheCallersKeys_withoutSecrets() {
        JsonNode mine = alice.createKey("listed", "test");
        JsonNode theirs = bob.createKey("bob's", "test");
        ApiResponse r = alice.get("/api/v1/api-keys");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("has_more").asBoolean()).isFalse();
        assertThat(r.json().get("next_cursor").isNull()).isTrue();
        List<String> ids = r.json().path("data").findValuesAsText("id");
        assertThat(ids).contains(mine.path("id").asText()).doesNotContain(theirs.path("id").asText());
        r.json().path("data").forEach(k -> assertThat(k.has("key")).isFalse());
        assertThat(r.body()).doesNotContain(mine.path("key").asText());
    }

    @Test
    void anotherTenantsKey_isNotFound_forEveryOperation_andStaysUntouched() {
        JsonNode theirs = bob.createKey("bob's untouchable", "test");
        String id = theirs.path("id").asText();
        Expect.invalidRequest(alice.get("/api/v1/api-keys/" + id), 404, "resource_not_found");
        Expect.invalidRequest(alice.post("/api/v1/api-keys/" + id + "/revoke"), 404, "resource_not_found");
        Expect.invalidRequest(alice.post("/api/v1/api-keys/" + id + "/regenerate"), 404, "resource_not_found");
        assertThat(bob.get("/api/v1/api-keys/" + id).json().path("active").asBoolean()).isTrue();
        for (String bad : List.of(UUID.randomUUID().toString(), "not-a-uuid")) {
            Expect.invalidRequest(alice.get("/api/v1/api-keys/" + bad), 404, "resource_not_found");
            Expect.invalidRequest(alice.post("/api/v1/api-keys/" + bad + "/revoke"), 404, "resource_not_found");
        }
    }

    @Test
    void revoke_isImmediate_onTheDataPlane() {
        JsonNode key = alice.createKey("to revoke", "test");
        String secret = key.path("key").asText();
        assertThat(server.get("/api/v1/bureau/runs").key(secret).send().status()).isEqualTo(200);
        ApiResponse revoked = alice.post("/api/v1/api-keys/" + key.path("id").asText() + "/revoke");
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().path("active").asBoolean()).isFalse();
        assertThat(revoked.json().path("revoked_at").asText()).isNotBlank();
        Expect.authentication(server.get("/api/v1/bureau/runs").key(secret).send(), "invalid_api_key");
        Expect.invalidRequest(alice.post("/api/v1/api-keys/" + key.path("id").asText() + "/regenerate"), 400, "invalid_parameter");
    }

    @Test
    void regenerate_keepsIdNameAndScopes_andOnlyTheNewSecretWorks() {
        JsonNode key = alice.createKey("to rotate", "test");
        ApiResponse r = alice.post("/api/v1/api-keys/" + key.path("id").asText() + "/regenerate");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        JsonNode rotated = r.json();
        assertThat(rotated.path("id").asText()).isEqualTo(key.path("id").asText());
        assertThat(rotated.path("name").asText()).isEqualTo("to rotate");
        assertThat(rotated.path("scopes")).isEqualTo(key.path("scopes"));
        String fresh = rotated.path("key").asText();
        assertThat(fresh).startsWith("sk_test_").isNotEqualTo(key.path("key").asText());
        Expect.authentication(server.get("/api/v1/bureau/runs").key(key.path("key").asText()).send(), "invalid_api_key");
        assertThat(server.get("/api/v1/bureau/runs").key(fresh).send().status()).isEqualTo(200);
    }

    @Test
    void invalidBodies_are400_namingTheField() {
        ObjectNode noScopes = Json.object().put("name", "x");
        Expect.invalidRequest(alice.post("/api/v1/api-keys", noScopes), 400, "missing_scopes").param("scopes");
        ObjectNode unknownScope = MgmtServer.keyBody("x", "test");
        unknownScope.set("scopes", Json.MAPPER.valueToTree(List.of("runs:delete")));
        Expect.invalidRequest(alice.post("/api/v1/api-keys", unknownScope), 400, "invalid_scope").param("scopes");
        ObjectNode noName = MgmtServer.keyBody("x", "test");
        noName.remove("name");
        Expect.invalidRequest(alice.post("/api/v1/api-keys", noName), 400, "missing_parameter").param("name");
        Expect.invalidRequest(alice.post("/api/v1/api-keys", MgmtServer.keyBody("x", "test").put("name", 5)), 400, "invalid_parameter").param("name");
        Expect.invalidRequest(alice.post("/api/v1/api-keys", MgmtServer.keyBody("x", "prod")), 400, "invalid_parameter").param("environment");
        Expect.invalidRequest(alice.post("/api/v1/api-keys", MgmtServer.keyBody("x", "test").put("rate_limit", 0)), 400, "invalid_parameter")
                .param("rate_limit");
        Expect.invalidRequest(server.post("/api/v1/api-keys").bearer(alice.token()).raw("text/plain", "name=x").send(), 415,
                "unsupported_media_type");
        Expect.invalidRequest(server.post("/api/v1/api-keys").bearer(alice.token()).raw("application/json", "{\"name\":").send(), 400,
                "invalid_json");
    }

    @Test
    void anIdempotencyKey_replaysTheCreation_withoutTheSecret_andIsKeptPerTenant() {
        String idem = "create-key-" + UUID.randomUUID();
        ObjectNode body = MgmtServer.keyBody("idempotent", "test");
        ApiResponse first = server.post("/api/v1/api-keys").bearer(alice.token()).idempotencyKey(idem).json(body).send();
        ApiResponse again = server.post("/api/v1/api-keys").bearer(alice.token()).idempotencyKey(idem).json(body).send();
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).hasValue("true");
        assertThat(again.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(again.json().has("key")).isFalse();
        long named = alice.get("/api/v1/api-keys").json().path("data").findValuesAsText("name").stream().filter("idempotent"::equals).count();
        assertThat(named).isEqualTo(1);

        ApiResponse bobs = server.post("/api/v1/api-keys").bearer(bob.token()).idempotencyKey(idem).json(body).send();
        assertThat(bobs.status()).isEqualTo(201);
        assertThat(bobs.header("Idempotent-Replayed")).isEmpty();
        assertThat(bobs.json().path("id").asText()).isNotEqualTo(first.json().path("id").asText());

        ApiResponse reused = server.post("/api/v1/api-keys").bearer(alice.token()).idempotencyKey(idem)
                .json(MgmtServer.keyBody("another body", "test")).send();
        Expect.invalidRequest(reused, 400, "idempotency_key_reused");
    }
}
