package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import kycert.bootstrap.ServeConfig;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Call;
import kycert.bootstrap.testsupport.InProcessServer;
import kycert.bootstrap.testsupport.Json;
import kycert.bootstrap.testsupport.Pause;

/** One in-memory kycert server for the management-plane tests, with the operator token set and helpers for both planes. */
final class MgmtServer extends InProcessServer {
    static final String ADMIN_TOKEN = "mgmt-it-operator-" + UUID.randomUUID();
    static final String PASSWORD = "Correct-Horse-Battery-9";
    static final List<String> ALL_SCOPES = List.of("runs:write", "runs:read", "detail:read");
    static final String CPF_APPROVED = "529.982.247-25";

    private MgmtServer(ServeConfig config) {
        super(config);
    }

    /** Memory store, operator token, private webhook targets allowed (as {@code ServeConfig.memory} sets for tests). */
    static MgmtServer start() {
        return start(ServeConfig.memory(0, Option.of(ADMIN_TOKEN)));
    }

    /** Memory store and operator token; {@code allowPrivate}: KYCERT_WEBHOOK_ALLOW_PRIVATE; {@code secret}: KYCERT_SECRET. */
    static MgmtServer start(boolean allowPrivate, Option<String> secret) {
        return start(new ServeConfig(0, ServeConfig.Store.MEMORY, Path.of("data"), Option.none(), "postgres", "",
                Option.of(ADMIN_TOKEN), secret, 4, allowPrivate));
    }

    static MgmtServer start(ServeConfig config) {
        return new MgmtServer(config);
    }

    // ---- operator ------------------------------------------------------------------------------------------

    Call operator(String path) {
        return post(path).bearer(ADMIN_TOKEN);
    }

    String createTenant(String name) {
        ApiResponse r = operator("/admin/v1/tenants").json(Json.object().put("name", name).put("credits", 100)).send();
        assertThat(r.status()).as("create tenant: %s", r).isEqualTo(201);
        return r.json().path("id").asText();
    }

    ApiResponse createUserRaw(String tenantId, Object body) {
        return operator("/admin/v1/tenants/" + tenantId + "/users").json(body).send();
    }

    String createUser(String tenantId, String email, String password) {
        ApiResponse r = createUserRaw(tenantId, Json.object().put("email", email).put("password", password));
        assertThat(r.status()).as("create user: %s", r).isEqualTo(201);
        return r.json().path("id").asText();
    }

    // ---- a tenant user -------------------------------------------------------------------------------------

    ApiResponse loginRaw(String email, String password) {
        return post("/api/auth/login").json(Json.object().put("email", email).put("password", password)).send();
    }

    /** A login from another client address (a loopback address such as 127.0.0.2; the default client is 127.0.0.1). */
    ApiResponse loginFrom(String clientAddress, String email, String password) {
        return callFrom(clientAddress, "POST", "/api/auth/login").json(Json.object().put("email", email).put("password", password)).send();
    }

    String login(String email, String password) {
        ApiResponse r = loginRaw(email, password);
        assertThat(r.status()).as("login: %s", r).isEqualTo(200);
        return r.json().path("access_token").asText();
    }

    /** A fresh tenant with one user, logged in. */
    Session session() {
        String tenant = createTenant("mgmt tenant");
        String email = "user-" + UUID.randomUUID() + "@corretora.example";
        String userId = createUser(tenant, email, PASSWORD);
        return new Session(this, tenant, userId, email, login(email, PASSWORD));
    }

    static ObjectNode keyBody(String name, String environment) {
        ObjectNode b = Json.object().put("name", name).put("environment", environment);
        b.set("scopes", Json.MAPPER.valueToTree(ALL_SCOPES));
        return b;
    }

    static ObjectNode runBody(String templateId, String doc) {
        ObjectNode b = Json.object().put("template_id", templateId);
        b.set("subject", Json.object().put("type", "pf").put("doc", doc));
        return b;
    }

    /** Polls a run until it is completed or failed, within 3 s. */
    JsonNode awaitFinished(String key, String runId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        ApiResponse last = null;
        while (System.nanoTime() < deadline) {
            last = get("/api/v1/bureau/runs/" + runId).key(key).send();
            String status = last.json().path("status").asText();
            if (status.equals("completed") || status.equals("failed")) return last.json();
            Pause.millis(50);
        }
        throw new AssertionError("run not finished in 3 s: " + last);
    }
}
