package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import kycert.bootstrap.testsupport.LogCapture;
import kycert.bootstrap.testsupport.Pause;
import org.junit.jupiter.api.Test;

/**
 * A whole management session — users, logins right and wrong, tokens good and bad, keys issued and rotated, webhook
 * secrets, signed deliveries with retries — leaves no password, access token, full key or {@code whsec_} secret in
 * the server's log (the first-run banner goes to the console stream the test hands the server, not to the log).
 */
class ManagementLogSecrecyIT {
    private static final String WRONG_PASSWORD = "Wrong-But-Secret-Password-42";

    @Test
    void aManagementSession_leavesNoSecretInTheLogs() throws Exception {
        List<String> secrets = new ArrayList<>();
        String probe = "probe-" + UUID.randomUUID();
        String text;
        try (LogCapture tap = new LogCapture()) {
            System.getLogger("kycert.selfcheck").log(System.Logger.Level.DEBUG, probe);
            try (MgmtServer server = MgmtServer.start(); Receiver receiver = Receiver.answering(500)) {
                session(server, receiver, secrets);
                Pause.millis(2_500); // housekeeping runs at least once
            }
            text = tap.text();
        }
        assertThat(text).as("the tap sees kycert's debug logs and the access log").contains(probe, "kycert.http.access");
        secrets.add(MgmtServer.PASSWORD);
        secrets.add(WRONG_PASSWORD);
        secrets.add(MgmtServer.ADMIN_TOKEN);
        for (String secret : secrets) {
            assertThat(text).as("logs must not contain %s", secret).doesNotContain(secret);
        }
        assertThat(text).as("no webhook secret, whatever its value").doesNotContainPattern("whsec_[0-9A-Za-z]{8,}");
        assertThat(text).as("no JWT").doesNotContainPattern("eyJ[0-9A-Za-z_-]+\\.eyJ");
        assertThat(text).as("no full API key").doesNotContainPattern("sk_(live|test)_[0-9A-Za-z]{20,}");
        assertThat(text).as("no signature").doesNotContain("v1=");
    }

    private static void session(MgmtServer server, Receiver receiver, List<String> secrets) throws Exception {
        Session user = server.session();
        secrets.add(user.token());
        secrets.add(user.email());
        server.loginRaw(user.email(), WRONG_PASSWORD);
        server.loginRaw("ghost@corretora.example", WRONG_PASSWORD);
        secrets.add(server.login(user.email(), MgmtServer.PASSWORD));

        JsonNode key = user.createKey("secret key", "test");
        String fullKey = key.path("key").asText();
        secrets.add(fullKey);
        JsonNode rotated = user.post("/api/v1/api-keys/" + key.path("id").asText() + "/regenerate").json();
        secrets.add(rotated.path("key").asText());
        String template = user.createTemplate("secret template");
        JsonNode endpoint = user.createWebhook(receiver.url("/secret-hook"));
        secrets.add(endpoint.path("secret").asText());

        String liveKey = rotated.path("key").asText();
        ApiResponse run = server.post("/api/v1/bureau/runs").key(liveKey).json(MgmtServer.runBody(template, MgmtServer.CPF_APPROVED)).send();
        assertThat(run.status()).as("%s", run).isEqualTo(202);
        List<Receiver.Received> got = receiver.await(2, Duration.ofSeconds(10));
        got.forEach(r -> secrets.add(r.header("kycert-signature").substring(r.header("kycert-signature").indexOf("v1=") + 3)));

        // wrong and misplaced credentials, each of which is a secret
        server.get("/api/v1/api-keys").bearer(fullKey).send();
        server.get("/api/v1/api-keys").key(liveKey).send();
        server.get("/api/v1/bureau/runs").bearer(user.token()).send();
        server.get("/api/v1/api-keys").bearer(user.token() + "x").send();
        server.get("/api/v1/api-keys").bearer(MgmtServer.ADMIN_TOKEN).send();
        server.post("/admin/v1/tenants").bearer(user.token()).json(Json.object().put("name", "x")).send();
        server.createUserRaw(user.tenantId(), Json.object().put("email", user.email()).put("password", MgmtServer.PASSWORD));
        server.createUserRaw(user.tenantId(), Json.object().put("email", "weak@corretora.example").put("password", WRONG_PASSWORD.substring(0, 8)));
        secrets.add(WRONG_PASSWORD.substring(0, 8));
        user.post("/api/v1/api-keys/" + key.path("id").asText() + "/revoke");
        user.get("/api/v1/webhook-deliveries");
        user.get("/api/v1/audit-events");
        server.post("/api/auth/login").raw("application/json", "{\"email\":\"" + user.email() + "\",\"password\":\"" + MgmtServer.PASSWORD).send();
    }
}
