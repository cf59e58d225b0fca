package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/webhook-endpoints} and {@code /api/v1/webhook-deliveries}: the secret once, tenant scoping, validation, paging. */
class WebhookEndpointsIT extends WithTwoTenants {
    @Test
    void create_answers201_withTheSecretOnce_andListingsNeverShowIt() {
        JsonNode created = alice.createWebhook("http://127.0.0.1:9/created");
        assertThat(created.path("object").asText()).isEqualTo("webhook_endpoint");
        assertThat(created.path("url").asText()).isEqualTo("http://127.0.0.1:9/created");
        assertThat(created.path("created_at").asText()).isNotBlank();
        String secret = created.path("secret").asText();
        assertThat(secret).matches("whsec_[0-9A-Za-z]{24,}");

        ApiResponse list = alice.get("/api/v1/webhook-endpoints");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("data").findValuesAsText("id")).contains(created.path("id").asText());
        list.json().path("data").forEach(e -> assertThat(e.has("secret")).isFalse());
        assertThat(list.body()).doesNotContain(secret);
        assertThat(bob.get("/api/v1/webhook-endpoints").json().path("data").findValuesAsText("id")).doesNotContain(created.path("id").asText());
    }

    @Test
    void delete_answersTheDeletedEndpoint_thenNotFound_andAnotherTenantsIsNotFound() {
        String id = alice.createWebhook("http://127.0.0.1:9/deleted").path("id").asText();
        Expect.invalidRequest(bob.delete("/api/v1/webhook-endpoints/" + id), 404, "resource_not_found");
        ApiResponse deleted = alice.delete("/api/v1/webhook-endpoints/" + id);
        assertThat(deleted.status()).as("%s", deleted).isEqualTo(200);
        assertThat(deleted.json().path("id").asText()).isEqualTo(id);
        assertThat(deleted.json().path("object").asText()).isEqualTo("webhook_endpoint");
        assertThat(deleted.json().path("deleted").asBoolean()).isTrue();
        Expect.invalidRequest(alice.delete("/api/v1/webhook-endpoints/" + id), 404, "resource_not_found");
        Expect.invalidRequest(alice.delete("/api/v1/webhook-endpoints/not-an-id"), 404, "resource_not_found");
        assertThat(alice.get("/api/v1/webhook-endpoints").json().path("data").findValuesAsText("id")).doesNotContain(id);
    }

    @Test
    void invalidUrls_are400_onTheUrlParam() {
        Expect.invalidRequest(alice.post("/api/v1/webhook-endpoints", Json.object()), 400, "missing_parameter").param("url");
        Expect.invalidRequest(alice.post("/api/v1/webhook-endpoints", Json.object().put("url", 42)), 400, "invalid_parameter").param("url");
        for (String url : new String[] {"ftp://127.0.0.1/x", "not a url", "/relative", "file:///etc/passwd"}) {
            Expect.invalidRequest(alice.post("/api/v1/webhook-endpoints", Json.object().put("url", url)), 400, "invalid_parameter").param("url");
        }
        Expect.invalidRequest(server.post("/api/v1/webhook-endpoints").bearer(alice.token()).raw("text/plain", "url=x").send(), 415,
                "unsupported_media_type");
    }

    @Test
    void anIdempotentReplay_answersTheEndpointWithoutItsSecret() {
        String idem = "webhook-" + UUID.randomUUID();
        ApiResponse first = server.post("/api/v1/webhook-endpoints").bearer(alice.token()).idempotencyKey(idem)
                .json(Json.object().put("url", "http://127.0.0.1:9/idem")).send();
        ApiResponse again = server.post("/api/v1/webhook-endpoints").bearer(alice.token()).idempotencyKey(idem)
                .json(Json.object().put("url", "http://127.0.0.1:9/idem")).send();
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).hasValue("true");
        assertThat(again.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(again.json().has("secret")).isFalse();
    }

    @Test
    void deliveries_startEmpty_andValidateTheirPaging() {
        Session fresh = server.session();
        ApiResponse empty = fresh.get("/api/v1/webhook-deliveries");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().path("data").size()).isZero();
        assertThat(empty.json().path("has_more").asBoolean()).isFalse();
        assertThat(empty.json().get("next_cursor").isNull()).isTrue();
        for (String limit : new String[] {"0", "101", "abc", "-1"}) {
            Expect.invalidRequest(fresh.get("/api/v1/webhook-deliveries?limit=" + limit), 400, "invalid_parameter").param("limit");
        }
        Expect.invalidRequest(fresh.get("/api/v1/webhook-deliveries?cursor=garbage"), 400, "invalid_cursor").param("cursor");
    }
}
