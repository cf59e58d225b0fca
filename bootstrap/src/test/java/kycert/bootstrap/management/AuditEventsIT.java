package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/audit-events}: newest first, cursor paging, tenant-scoped; the operator's changes are there too. */
class AuditEventsIT {
    private static MgmtServer server;

    @BeforeAll
    static void start() {
        server = MgmtServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyChange_isListed_newestFirst_acrossPages() {
        Session user = server.session();
        JsonNode key = user.createKey("audited key", "test");
        String keyId = key.path("id").asText();
        user.post("/api/v1/api-keys/" + keyId + "/regenerate");
        String template = user.createTemplate("audited template");
        user.post("/api/v1/templates/" + template + "/deactivate");
        String endpoint = user.createWebhook("http://127.0.0.1:9/audited").path("id").asText();
        user.delete("/api/v1/webhook-endpoints/" + endpoint);
        user.post("/api/v1/api-keys/" + keyId + "/revoke");

        List<JsonNode> events = user.all("/api/v1/audit-events", 2);
        // newest first is checked on created_at below; events of one millisecond may come in either order
        assertThat(events).extracting(e -> e.path("action").asText()).containsExactlyInAnyOrder(
                "api_key.revoked", "webhook_endpoint.deleted", "webhook_endpoint.created", "template.deactivated",
                "template.created", "api_key.regenerated", "api_key.created", "login.succeeded", "user.created");
        Set<String> ids = new HashSet<>();
        Instant previous = Instant.MAX;
        for (JsonNode e : events) {
            assertThat(ids.add(e.path("id").asText())).as("no event twice across pages").isTrue();
            Instant at = Instant.parse(e.path("created_at").asText());
            assertThat(at).isBeforeOrEqualTo(previous);
            previous = at;
            assertThat(e.path("object").asText()).isEqualTo("audit_event");
            assertThat(e.has("target_type")).isTrue();
            assertThat(e.has("details")).isTrue();
        }
        JsonNode regenerated = byAction(events, "api_key.regenerated");
        assertThat(regenerated.path("target_type").asText()).isEqualTo("api_key");
        assertThat(regenerated.path("target_id").asText()).isEqualTo(keyId);
        assertThat(regenerated.path("details").path("name").asText()).isEqualTo("audited key");
        assertThat(regenerated.path("details").path("key_prefix").asText()).hasSize(16);
        JsonNode created = byAction(events, "user.created");
        assertThat(created.path("actor").path("type").asText()).isEqualTo("operator");
        String all = events.toString();
        assertThat(all).doesNotContain(key.path("key").asText(), MgmtServer.PASSWORD, user.token());
    }

    @Test
    void theLog_isTenantScoped_andCursorsDoNotCrossTenants() {
        Session alice = server.session();
        Session bob = server.session();
        String aliceKey = alice.createKey("alice only", "test").path("id").asText();
        alice.createKey("alice two", "test");
        List<JsonNode> bobs = bob.all("/api/v1/audit-events", 100);
        assertThat(bobs.toString()).doesNotContain(aliceKey, "alice only");
        assertThat(bobs).allSatisfy(e -> assertThat(e.path("action").asText()).isIn("user.created", "login.succeeded"));

        ApiResponse page = alice.get("/api/v1/audit-events?limit=1");
        assertThat(page.json().path("has_more").asBoolean()).isTrue();
        String cursor = page.json().path("next_cursor").asText();
        Expect.invalidRequest(bob.get("/api/v1/audit-events?cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)),
                400, "invalid_cursor").param("cursor");
        Expect.invalidRequest(alice.get("/api/v1/audit-events?limit=0"), 400, "invalid_parameter").param("limit");
        Expect.invalidRequest(alice.get("/api/v1/audit-events?cursor=nonsense"), 400, "invalid_cursor").param("cursor");
    }

    @Test
    void theOperatorsChanges_areAudited_asTheOperator() {
        Session user = server.session();
        String tenant = user.tenantId();
        ApiResponse key = server.operator("/admin/v1/tenants/" + tenant + "/api-keys").json(MgmtServer.keyBody("ops key", "test")).send();
        assertThat(key.status()).isEqualTo(201);
        String keyId = key.json().path("id").asText();
        assertThat(server.operator("/admin/v1/tenants/" + tenant + "/api-keys/" + keyId + "/regenerate").send().status()).isEqualTo(200);
        assertThat(server.operator("/admin/v1/tenants/" + tenant + "/api-keys/" + keyId + "/revoke").send().status()).isEqualTo(200);
        ApiResponse template = server.operator("/admin/v1/tenants/" + tenant + "/templates")
                .json(Json.object().put("name", "ops template").put("subject_type", "pj")).send();
        assertThat(template.status()).isEqualTo(201);
        String templateId = template.json().path("id").asText();
        assertThat(server.operator("/admin/v1/tenants/" + tenant + "/templates/" + templateId + "/deactivate").send().status()).isEqualTo(200);

        List<JsonNode> events = user.all("/api/v1/audit-events", 100);
        assertThat(events.subList(0, 5)).extracting(e -> e.path("action").asText()).containsExactlyInAnyOrder(
                "template.deactivated", "template.created", "api_key.revoked", "api_key.regenerated", "api_key.created");
        for (JsonNode e : events.subList(0, 5)) {
            assertThat(e.path("actor").path("type").asText()).isEqualTo("operator");
            assertThat(e.path("client_address").asText()).isEqualTo("127.0.0.1");
        }
        assertThat(byAction(events, "api_key.created").path("details").path("name").asText()).isEqualTo("ops key");
    }

    private static JsonNode byAction(List<JsonNode> events, String action) {
        return events.stream().filter(e -> e.path("action").asText().equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " in " + events));
    }
}
