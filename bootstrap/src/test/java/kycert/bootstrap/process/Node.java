package kycert.bootstrap.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/** A client of one server process: the operator plane (§6) and the data plane (§2), over a real socket. */
final class Node {
    static final String RUNS = "/api/v1/bureau/runs";
    static final String CPF_APPROVED = "529.982.247-25";
    static final List<String> ALL_SCOPES = List.of("runs:write", "runs:read", "detail:read");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    private final String name;
    private final URI base;

    Node(String name, URI base) {
        this.name = name;
        this.base = base;
    }

    static Node of(ServerProcess p) { return new Node(p.name(), p.base()); }

    String name() { return name; }

    /** Sends; an I/O failure (refused, reset: a dead server) is thrown as it is. */
    Resp send(String method, String path, String body, String... headers) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        if (body != null) b.header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Resp(name + " " + method + " " + path, r.statusCode(), r.headers(), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    Resp call(String method, String path, String body, String... headers) {
        try {
            return send(method, path, body, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " " + method + " " + path + " failed", e);
        }
    }

    // ---- operator plane --------------------------------------------------------------------------------------

    private Resp admin(String path, ObjectNode body) {
        return call("POST", path, body == null ? null : body.toString(), "Authorization", "Bearer " + ServerProcess.ADMIN_TOKEN);
    }

    String createTenant(String tenantName, long credits) {
        Resp r = admin("/admin/v1/tenants", Resp.JSON.createObjectNode().put("name", tenantName).put("credits", credits)
                .put("rate_limit", 1_000_000));
        assertThat(r.status()).as("create tenant: %s", r).isEqualTo(201);
        return r.id();
    }

    JsonNode tenant(String tenantId) {
        Resp r = call("GET", "/admin/v1/tenants/" + tenantId, null, "Authorization", "Bearer " + ServerProcess.ADMIN_TOKEN);
        assertThat(r.status()).as("get tenant: %s", r).isEqualTo(200);
        return r.json();
    }

    long credits(String tenantId) { return tenant(tenantId).path("credits").asLong(); }

    String createTemplate(String tenantId, int cost) {
        Resp r = admin("/admin/v1/tenants/" + tenantId + "/templates",
                Resp.JSON.createObjectNode().put("name", "process-it pf").put("subject_type", "pf").put("cost", cost));
        assertThat(r.status()).as("create template: %s", r).isEqualTo(201);
        return r.id();
    }

    record Key(String id, String secret) {}

    Key createKey(String tenantId, String environment, int rateLimit) {
        ObjectNode body = Resp.JSON.createObjectNode().put("name", "process-it " + environment).put("environment", environment)
                .put("rate_limit", rateLimit);
        body.putArray("scopes").addAll(ALL_SCOPES.stream().map(s -> (JsonNode) Resp.JSON.getNodeFactory().textNode(s)).toList());
        Resp r = admin("/admin/v1/tenants/" + tenantId + "/api-keys", body);
        assertThat(r.status()).as("create key: %s", r).isEqualTo(201);
        return key(r);
    }

    void revoke(String tenantId, String keyId) {
        Resp r = admin("/admin/v1/tenants/" + tenantId + "/api-keys/" + keyId + "/revoke", null);
        assertThat(r.status()).as("revoke: %s", r).isEqualTo(200);
    }

    Key regenerate(String tenantId, String keyId) {
        Resp r = admin("/admin/v1/tenants/" + tenantId + "/api-keys/" + keyId + "/regenerate", null);
        assertThat(r.status()).as("regenerate: %s", r).isEqualTo(200);
        return key(r);
    }

    private static Key key(Resp r) {
        String secret = r.json().path("key").asText("");
        assertThat(secret).as("the full key in %s", r).startsWith("sk_");
        return new Key(r.id(), secret);
    }

    // ---- data plane --------------------------------------------------------------------------------------------

    static String runBody(String templateId, String externalId) {
        ObjectNode b = Resp.JSON.createObjectNode().put("template_id", templateId);
        b.putObject("subject").put("type", "pf").put("doc", CPF_APPROVED);
        if (externalId != null) b.put("external_id", externalId);
        return b.toString();
    }

    Resp postRun(String apiKey, String body, String idempotencyKey) throws IOException {
        return idempotencyKey == null
                ? send("POST", RUNS, body, "X-API-Key", apiKey)
                : send("POST", RUNS, body, "X-API-Key", apiKey, "Idempotency-Key", idempotencyKey);
    }

    Resp getRun(String apiKey, String runId) { return call("GET", RUNS + "/" + runId, null, "X-API-Key", apiKey); }

    Resp listRuns(String apiKey) { return call("GET", RUNS, null, "X-API-Key", apiKey); }

    /** Every run of the key's tenant and environment, walking the cursor (limit 100). */
    List<JsonNode> allRuns(String apiKey, String filter) {
        List<JsonNode> runs = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 1_000; page++) {
            String query = "?limit=100" + (filter == null ? "" : "&" + filter)
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Resp r = call("GET", RUNS + query, null, "X-API-Key", apiKey);
            assertThat(r.status()).as("list runs: %s", r).isEqualTo(200);
            r.json().path("data").forEach(runs::add);
            if (!r.json().path("has_more").asBoolean()) return runs;
            cursor = r.json().path("next_cursor").asText();
        }
        throw new AssertionError("the listing never ended");
    }
}
