package kycert.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import kycert.bootstrap.testsupport.ApiResponse;
import org.junit.jupiter.api.Test;

/** Health, metrics and the OpenAPI document (§7). */
class HealthIT extends WithServer {

    @Test
    void liveness_is200_withoutAKey() {
        ApiResponse r = server.get("/health/live").send();
        assertThat(r.status()).as("%s", r).isEqualTo(200);
    }

    @Test
    void readiness_is200_whenTheStoreIsUp() {
        ApiResponse r = server.get("/health/ready").send();
        assertThat(r.status()).as("%s", r).isEqualTo(200);
    }

    @Test
    void metrics_arePrometheusText() {
        server.get("/api/v1/bureau/runs").send();
        ApiResponse r = server.get("/metrics").send();
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.header("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(r.body()).contains("# TYPE ").contains("# HELP ");
        for (String line : r.body().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            assertThat(line).as("sample line").matches("[a-zA-Z_:][a-zA-Z0-9_:]*(\\{.*})? [^ ]+( [0-9]+)?");
        }
    }

    @Test
    void openApi_isValidJson_version31_withAPathForEveryEndpoint() {
        ApiResponse r = server.get("/openapi.json").send();
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.header("Content-Type").orElse("")).contains("json");
        JsonNode doc = r.json();
        assertThat(doc.path("openapi").asText()).startsWith("3.1.");
        assertThat(doc.path("info").path("title").asText()).isNotBlank();
        assertThat(doc.path("info").path("version").asText()).isNotBlank();

        Map<String, JsonNode> paths = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            paths.put(e.getKey().replaceAll("\\{[^}]+}", "{}"), e.getValue());
        }
        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("/api/v1/bureau/runs", List.of("get", "post")),
                Map.entry("/api/v1/bureau/runs/{}", List.of("get")),
                Map.entry("/api/v1/bureau/runs/{}/analysis", List.of("get")),
                Map.entry("/api/v1/bureau/runs/{}/detail", List.of("get")),
                Map.entry("/admin/v1/tenants", List.of("post")),
                Map.entry("/admin/v1/tenants/{}", List.of("get")),
                Map.entry("/admin/v1/tenants/{}/users", List.of("post")),
                Map.entry("/admin/v1/tenants/{}/credits", List.of("post")),
                Map.entry("/admin/v1/tenants/{}/suspend", List.of("post")),
                Map.entry("/admin/v1/tenants/{}/resume", List.of("post")),
                Map.entry("/admin/v1/tenants/{}/api-keys", List.of("post")),
                Map.entry("/admin/v1/tenants/{}/api-keys/{}/revoke", List.of("post")),
                Map.entry("/admin/v1/tenants/{}/api-keys/{}/regenerate", List.of("post")),
                Map.entry("/admin/v1/tenants/{}/templates", List.of("post")),
                Map.entry("/admin/v1/tenants/{}/templates/{}/deactivate", List.of("post")),
                Map.entry("/health/live", List.of("get")),
                Map.entry("/health/ready", List.of("get")),
                Map.entry("/metrics", List.of("get")));
        expected.forEach((path, methods) -> {
            assertThat(paths).as("paths of the OpenAPI document").containsKey(path);
            for (String m : methods) assertThat(paths.get(path).has(m)).as("%s %s", m, path).isTrue();
        });
    }

    @Test
    void healthAndDocs_needNoCredentials_andCarryARequestId() {
        for (String path : new String[] {"/health/live", "/health/ready", "/metrics", "/openapi.json"}) {
            ApiResponse r = server.get(path).send();
            assertThat(r.status()).as("%s", r).isEqualTo(200);
            assertThat(r.header("X-Request-Id")).as("%s", r).isPresent();
        }
    }
}
