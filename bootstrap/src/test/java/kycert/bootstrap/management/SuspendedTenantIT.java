package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import org.junit.jupiter.api.Test;

/**
 * A suspended tenant's users may log in, read and revoke, but adding keys, templates or webhook endpoints (and
 * regenerating keys) answers 402 billing_suspended until the operator resumes the tenant — on both planes.
 */
class SuspendedTenantIT extends WithTwoTenants {
    @Test
    void aSuspendedTenant_canReadAndRevoke_butAddsNothing() {
        String keyId = alice.createKey("before suspension", "test").path("id").asText();
        String other = alice.createKey("to revoke", "test").path("id").asText();
        assertThat(server.operator("/admin/v1/tenants/" + alice.tenantId() + "/suspend").send().status()).isEqualTo(200);

        String token = server.login(alice.email(), MgmtServer.PASSWORD);
        assertThat(server.get("/api/v1/api-keys").bearer(token).send().status()).isEqualTo(200);
        assertThat(alice.get("/api/v1/templates").status()).isEqualTo(200);

        suspended(alice.post("/api/v1/api-keys", MgmtServer.keyBody("during suspension", "live")));
        suspended(alice.post("/api/v1/api-keys/" + keyId + "/regenerate"));
        suspended(alice.post("/api/v1/templates", Json.object().put("name", "during suspension").put("subject_type", "pf")));
        suspended(alice.post("/api/v1/webhook-endpoints", Json.object().put("url", "http://127.0.0.1:9/hook")));
        suspended(server.operator("/admin/v1/tenants/" + alice.tenantId() + "/api-keys").json(MgmtServer.keyBody("op", "live")).send());
        assertThat(alice.get("/api/v1/api-keys").json().path("data").findValuesAsText("name")).doesNotContain("during suspension", "op");

        ApiResponse revoked = alice.post("/api/v1/api-keys/" + other + "/revoke");
        assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
        assertThat(revoked.json().path("active").asBoolean()).isFalse();

        assertThat(bob.createKey("another tenant is not affected", "test").path("key").asText()).startsWith("sk_test_");
        assertThat(server.operator("/admin/v1/tenants/" + alice.tenantId() + "/resume").send().status()).isEqualTo(200);
        assertThat(alice.createKey("after resuming", "test").path("key").asText()).startsWith("sk_test_");
    }

    private static void suspended(ApiResponse r) {
        Expect.error(r, 402, "billing_error", "billing_suspended");
        assertThat(r.json().path("error").path("message").asText()).contains("suspended");
    }
}
