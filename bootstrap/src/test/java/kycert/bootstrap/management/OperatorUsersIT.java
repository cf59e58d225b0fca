package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /admin/v1/tenants/{id}/users}: the operator creates a tenant's users; never a password or hash in the answer. */
class OperatorUsersIT {
    private static MgmtServer server;
    private static String tenant;

    @BeforeAll
    static void start() {
        server = MgmtServer.start();
        tenant = server.createTenant("users tenant");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ObjectNode user(String email, String password) {
        return Json.object().put("email", email).put("password", password);
    }

    private static String email() {
        return "user-" + UUID.randomUUID() + "@corretora.example";
    }

    @Test
    void create_answers201_withIdAndEmail_neverThePassword_andTheUserCanLogIn() {
        String email = email();
        ApiResponse r = server.createUserRaw(tenant, user(email, MgmtServer.PASSWORD));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().path("id").asText()).hasSize(36);
        assertThat(r.json().path("email").asText()).isEqualTo(email);
        assertThat(r.body()).doesNotContain(MgmtServer.PASSWORD).doesNotContainIgnoringCase("password").doesNotContain("argon2");
        assertThat(server.loginRaw(email, MgmtServer.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aDuplicateEmail_is409_whateverItsCase_andAcrossTenants() {
        String email = email();
        server.createUser(tenant, email, MgmtServer.PASSWORD);
        Expect.invalidRequest(server.createUserRaw(tenant, user(email, MgmtServer.PASSWORD)), 409, "resource_already_exists").param("email");
        Expect.invalidRequest(server.createUserRaw(tenant, user(email.toUpperCase(), MgmtServer.PASSWORD)), 409, "resource_already_exists");
        String other = server.createTenant("another tenant");
        Expect.invalidRequest(server.createUserRaw(other, user(email, MgmtServer.PASSWORD)), 409, "resource_already_exists");
    }

    @Test
    void aWeakOrMissingPassword_andABadEmail_are400() {
        Expect.invalidRequest(server.createUserRaw(tenant, user(email(), "short")), 400, "invalid_parameter").param("password");
        Expect.invalidRequest(server.createUserRaw(tenant, user(email(), "x".repeat(129))), 400, "invalid_parameter").param("password");
        Expect.invalidRequest(server.createUserRaw(tenant, Json.object().put("email", email())), 400, "missing_parameter").param("password");
        Expect.invalidRequest(server.createUserRaw(tenant, user("not-an-email", MgmtServer.PASSWORD)), 400, "invalid_parameter").param("email");
        Expect.invalidRequest(server.createUserRaw(tenant, Json.object().put("password", MgmtServer.PASSWORD)), 400, "missing_parameter")
                .param("email");
        Expect.invalidRequest(server.createUserRaw(tenant, Json.object().put("email", 1).put("password", MgmtServer.PASSWORD)), 400,
                "invalid_parameter").param("email");
        Expect.invalidRequest(server.operator("/admin/v1/tenants/" + tenant + "/users").raw("text/plain", "x").send(), 415,
                "unsupported_media_type");
    }

    @Test
    void anUnknownTenant_is404() {
        Expect.invalidRequest(server.createUserRaw(UUID.randomUUID().toString(), user(email(), MgmtServer.PASSWORD)), 404, "resource_not_found");
        Expect.invalidRequest(server.createUserRaw("nope", user(email(), MgmtServer.PASSWORD)), 404, "resource_not_found");
    }

    @Test
    void withoutTheOperatorToken_is401() {
        Expect.authentication(server.post("/admin/v1/tenants/" + tenant + "/users").json(user(email(), MgmtServer.PASSWORD)).send(),
                "missing_token");
        Expect.authentication(server.post("/admin/v1/tenants/" + tenant + "/users").bearer("wrong")
                .json(user(email(), MgmtServer.PASSWORD)).send(), "invalid_token");
    }

    @Test
    void anIdempotencyKey_replaysTheCreation() {
        String idem = "user-" + UUID.randomUUID();
        ObjectNode body = user(email(), MgmtServer.PASSWORD);
        ApiResponse first = server.operator("/admin/v1/tenants/" + tenant + "/users").idempotencyKey(idem).json(body).send();
        ApiResponse again = server.operator("/admin/v1/tenants/" + tenant + "/users").idempotencyKey(idem).json(body).send();
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).hasValue("true");
        assertThat(again.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
    }
}
