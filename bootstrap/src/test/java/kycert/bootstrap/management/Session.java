package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;

/** A logged-in tenant user: calls on the management plane with their access token. */
record Session(MgmtServer server, String tenantId, String userId, String email, String token) {

    ApiResponse get(String path) { return server.get(path).bearer(token).send(); }

    ApiResponse post(String path) { return server.post(path).bearer(token).send(); }

    ApiResponse post(String path, Object body) { return server.post(path).bearer(token).json(body).send(); }

    ApiResponse delete(String path) { return server.delete(path).bearer(token).send(); }

    /** A key of this tenant with every scope; answers the whole 201 body (with {@code key}). */
    JsonNode createKey(String name, String environment) {
        ApiResponse r = post("/api/v1/api-keys", MgmtServer.keyBody(name, environment));
        assertThat(r.status()).as("create key: %s", r).isEqualTo(201);
        return r.json();
    }

    String createTemplate(String name) {
        ObjectNode b = Json.object().put("name", name).put("subject_type", "pf");
        ApiResponse r = post("/api/v1/templates", b);
        assertThat(r.status()).as("create template: %s", r).isEqualTo(201);
        return r.json().path("id").asText();
    }

    /** Registers a webhook endpoint; answers the 201 body (with {@code secret}). */
    JsonNode createWebhook(String url) {
        ApiResponse r = post("/api/v1/webhook-endpoints", Json.object().put("url", url));
        assertThat(r.status()).as("create webhook: %s", r).isEqualTo(201);
        return r.json();
    }

    /** Every item of a paginated listing, walking next_cursor to the end with the given page size. */
    List<JsonNode> all(String path, int limit) {
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 1_000; page++) {
            String q = path + "?limit=" + limit + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8));
            ApiResponse r = get(q);
            assertThat(r.status()).as("list: %s", r).isEqualTo(200);
            r.json().path("data").forEach(out::add);
            if (!r.json().path("has_more").asBoolean()) {
                assertThat(r.json().get("next_cursor").isNull()).as("last page has no cursor: %s", r).isTrue();
                return out;
            }
            cursor = r.json().path("next_cursor").asText();
        }
        throw new AssertionError("listing never ended");
    }
}
