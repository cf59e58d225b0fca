package kycert.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Call;
import kycert.bootstrap.testsupport.Json;

/** The operator plane (§6) as the tests use it: raw calls plus helpers that insist on success. */
final class Operator {
    static final List<String> ALL_SCOPES = List.of("runs:write", "runs:read", "detail:read");
    /** A full key: prefix, at least 32 base62 chars and a checksum — never a key_prefix or a masked key. */
    private static final Pattern FULL_KEY = Pattern.compile("sk_(live|test)_[0-9A-Za-z]{32,}");

    private final TestServer server;

    Operator(TestServer server) {
        this.server = server;
    }

    Call call(String path) {
        return server.post(path).bearer(TestServer.ADMIN_TOKEN);
    }

    // ---- tenants -------------------------------------------------------------------------------------------

    ApiResponse createTenantRaw(String name, Long credits) {
        ObjectNode body = Json.object().put("name", name);
        if (credits != null) body.put("credits", credits);
        return call("/admin/v1/tenants").json(body).send();
    }

    String createTenant(String name, long credits) {
        ApiResponse r = createTenantRaw(name, credits);
        assertThat(r.status()).as("create tenant: %s", r).isEqualTo(201);
        return r.json().path("id").asText();
    }

    JsonNode tenant(String tenantId) {
        ApiResponse r = server.get("/admin/v1/tenants/" + tenantId).bearer(TestServer.ADMIN_TOKEN).send();
        assertThat(r.status()).as("get tenant: %s", r).isEqualTo(200);
        return r.json();
    }

    long credits(String tenantId) {
        return tenant(tenantId).path("credits").asLong();
    }

    ApiResponse addCreditsRaw(String tenantId, long amount) {
        return call("/admin/v1/tenants/" + tenantId + "/credits").json(Json.object().put("amount", amount)).send();
    }

    void addCredits(String tenantId, long amount) {
        ApiResponse r = addCreditsRaw(tenantId, amount);
        assertThat(r.status()).as("add credits: %s", r).isEqualTo(200);
    }

    ApiResponse suspendRaw(String tenantId) { return call("/admin/v1/tenants/" + tenantId + "/suspend").send(); }

    ApiResponse resumeRaw(String tenantId) { return call("/admin/v1/tenants/" + tenantId + "/resume").send(); }

    void suspend(String tenantId) {
        ApiResponse r = suspendRaw(tenantId);
        assertThat(r.status()).as("suspend: %s", r).isEqualTo(200);
    }

    void resume(String tenantId) {
        ApiResponse r = resumeRaw(tenantId);
        assertThat(r.status()).as("resume: %s", r).isEqualTo(200);
    }

    // ---- api keys ------------------------------------------------------------------------------------------

    /** A key's settings; null fields are left out of the request. */
    record KeySpec(String name, String environment, List<String> scopes, List<String> subjectTypes, Integer rateLimit) {
        static KeySpec test() { return new KeySpec("it test key", "test", ALL_SCOPES, null, 1000); }

        static KeySpec live() { return new KeySpec("it live key", "live", ALL_SCOPES, null, 1000); }

        KeySpec withScopes(String... s) { return new KeySpec(name, environment, List.of(s), subjectTypes, rateLimit); }

        KeySpec withSubjectTypes(String... t) { return new KeySpec(name, environment, scopes, List.of(t), rateLimit); }

        KeySpec withRateLimit(Integer limit) { return new KeySpec(name, environment, scopes, subjectTypes, limit); }

        KeySpec named(String n) { return new KeySpec(n, environment, scopes, subjectTypes, rateLimit); }

        ObjectNode toJson() {
            ObjectNode b = Json.object();
            if (name != null) b.put("name", name);
            if (environment != null) b.put("environment", environment);
            if (scopes != null) b.set("scopes", Json.array(scopes.toArray(String[]::new)));
            if (subjectTypes != null) b.set("subject_types", Json.array(subjectTypes.toArray(String[]::new)));
            if (rateLimit != null) b.put("rate_limit", rateLimit);
            return b;
        }
    }

    /** An issued key: its id, the full secret shown once, and the metadata answered with it. */
    record IssuedKey(String id, String secret, JsonNode body) {}

    ApiResponse createKeyRaw(String tenantId, Object body) {
        return call("/admin/v1/tenants/" + tenantId + "/api-keys").json(body).send();
    }

    IssuedKey createKey(String tenantId, KeySpec spec) {
        ApiResponse r = createKeyRaw(tenantId, spec.toJson());
        assertThat(r.status()).as("create key: %s", r).isEqualTo(201);
        return issued(r);
    }

    ApiResponse revokeRaw(String tenantId, String keyId) {
        return call("/admin/v1/tenants/" + tenantId + "/api-keys/" + keyId + "/revoke").send();
    }

    void revoke(String tenantId, String keyId) {
        ApiResponse r = revokeRaw(tenantId, keyId);
        assertThat(r.status()).as("revoke key: %s", r).isEqualTo(200);
    }

    ApiResponse regenerateRaw(String tenantId, String keyId) {
        return call("/admin/v1/tenants/" + tenantId + "/api-keys/" + keyId + "/regenerate").send();
    }

    IssuedKey regenerate(String tenantId, String keyId) {
        ApiResponse r = regenerateRaw(tenantId, keyId);
        assertThat(r.status()).as("regenerate key: %s", r).isEqualTo(200);
        return issued(r);
    }

    static IssuedKey issued(ApiResponse r) {
        JsonNode body = r.json();
        return new IssuedKey(body.path("id").asText(), fullKeyIn(body, r), body);
    }

    /** The full key wherever the answer puts it (the contract names no field): the one value shaped as a full key. */
    static String fullKeyIn(JsonNode body, ApiResponse r) {
        for (Iterator<Map.Entry<String, JsonNode>> it = body.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isTextual() && FULL_KEY.matcher(e.getValue().asText()).matches()) return e.getValue().asText();
        }
        throw new AssertionError("no full key in the answer: " + r);
    }

    // ---- templates -----------------------------------------------------------------------------------------

    ApiResponse createTemplateRaw(String tenantId, Object body) {
        return call("/admin/v1/tenants/" + tenantId + "/templates").json(body).send();
    }

    String createTemplate(String tenantId, String subjectType, Integer cost) {
        ObjectNode b = Json.object().put("name", "it template " + subjectType).put("subject_type", subjectType);
        if (cost != null) b.put("cost", cost);
        ApiResponse r = createTemplateRaw(tenantId, b);
        assertThat(r.status()).as("create template: %s", r).isEqualTo(201);
        return r.json().path("id").asText();
    }

    ApiResponse deactivateTemplateRaw(String tenantId, String templateId) {
        return call("/admin/v1/tenants/" + tenantId + "/templates/" + templateId + "/deactivate").send();
    }

    void deactivateTemplate(String tenantId, String templateId) {
        ApiResponse r = deactivateTemplateRaw(tenantId, templateId);
        assertThat(r.status()).as("deactivate template: %s", r).isEqualTo(200);
    }

    // ---- a ready-made tenant -------------------------------------------------------------------------------

    /** A fresh tenant with an all-scope sandbox and live key (rate limit 1000) and a PF and a PJ template. */
    Workspace workspace(long credits) {
        String tenant = createTenant("it tenant", credits);
        return new Workspace(tenant, createKey(tenant, KeySpec.test()).secret(), createKey(tenant, KeySpec.live()).secret(),
                createTemplate(tenant, "pf", null), createTemplate(tenant, "pj", null));
    }

    record Workspace(String tenantId, String testKey, String liveKey, String pfTemplate, String pjTemplate) {}
}
