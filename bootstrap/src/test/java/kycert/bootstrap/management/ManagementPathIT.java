package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import kycert.domain.webhook.WebhookSignature;
import org.junit.jupiter.api.Test;

/**
 * The "done when", over HTTP alone: the operator creates a tenant and its user; the user logs in, creates a
 * key, a template and a webhook, runs a sandbox check with the key, receives the signed run.completed, revokes the
 * key, and reads it all in the audit log.
 */
class ManagementPathIT {

    @Test
    void aTenantUser_doesItAllOverHttp_andReadsItInTheAuditLog() throws Exception {
        try (MgmtServer server = MgmtServer.start(); Receiver receiver = Receiver.answering()) {
            String tenant = server.createTenant("Corretora Exemplo");
            String email = "ana@corretora.example";
            String userId = server.createUser(tenant, email, MgmtServer.PASSWORD);

            ApiResponse login = server.loginRaw(email, MgmtServer.PASSWORD);
            assertThat(login.status()).as("%s", login).isEqualTo(200);
            assertThat(login.json().path("token_type").asText()).isEqualTo("Bearer");
            Session user = new Session(server, tenant, userId, email, login.json().path("access_token").asText());

            JsonNode key = user.createKey("Backoffice sandbox", "test");
            String secretKey = key.path("key").asText();
            assertThat(secretKey).startsWith("sk_test_");
            String templateId = user.createTemplate("Onboarding PF (mgmt)");
            JsonNode endpoint = user.createWebhook(receiver.url("/kycert/events"));
            String whsec = endpoint.path("secret").asText();
            assertThat(whsec).startsWith("whsec_");

            ApiResponse accepted = server.post("/api/v1/bureau/runs").key(secretKey).json(MgmtServer.runBody(templateId, MgmtServer.CPF_APPROVED)).send();
            assertThat(accepted.status()).as("%s", accepted).isEqualTo(202);
            String runId = accepted.json().path("id").asText();
            JsonNode run = server.awaitFinished(secretKey, runId);
            assertThat(run.path("decision").asText()).isEqualTo("APPROVED");

            Receiver.Received event = receiver.await(1, Duration.ofSeconds(10)).getFirst();
            assertThat(event.path()).isEqualTo("/kycert/events");
            assertThat(WebhookSignature.verify(whsec, event.header("kycert-signature"), event.body(), Instant.now()))
                    .as("signature %s", event.header("kycert-signature")).isTrue();
            assertThat(WebhookSignature.verify("whsec_" + "x".repeat(32), event.header("kycert-signature"), event.body(), Instant.now())).isFalse();
            JsonNode body = Json.MAPPER.readTree(event.body());
            assertThat(body.path("id").asText()).startsWith("evt_");
            assertThat(body.path("object").asText()).isEqualTo("event");
            assertThat(body.path("type").asText()).isEqualTo("run.completed");
            assertThat(body.path("created").isIntegralNumber()).isTrue();
            assertThat(Math.abs(body.path("created").asLong() - Instant.now().getEpochSecond())).isLessThan(60);
            assertThat(body.path("livemode").isBoolean()).isTrue();
            assertThat(body.path("livemode").asBoolean()).isFalse();
            JsonNode sent = body.path("data").path("object");
            assertThat(sent.path("id").asText()).isEqualTo(runId);
            assertThat(sent.path("object").asText()).isEqualTo("bureau_run");
            assertThat(sent.path("status").asText()).isEqualTo("completed");
            assertThat(sent.path("decision").asText()).isEqualTo("APPROVED");
            assertThat(event.header("content-type")).startsWith("application/json");

            ApiResponse revoked = user.post("/api/v1/api-keys/" + key.path("id").asText() + "/revoke");
            assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
            assertThat(revoked.json().path("active").asBoolean()).isFalse();
            Expect.authentication(server.get("/api/v1/bureau/runs/" + runId).key(secretKey).send(), "invalid_api_key");

            JsonNode delivery = user.get("/api/v1/webhook-deliveries").json().path("data").get(0);
            assertThat(delivery.path("event_id").asText()).isEqualTo(body.path("id").asText());
            assertThat(delivery.path("status").asText()).isEqualTo("succeeded");

            List<JsonNode> audit = user.all("/api/v1/audit-events", 100);
            Map<String, JsonNode> byAction = StreamSupport.stream(audit.spliterator(), false)
                    .collect(Collectors.toMap(e -> e.path("action").asText(), e -> e, (newest, older) -> newest));
            assertThat(byAction).containsKeys("login.succeeded", "api_key.created", "template.created",
                    "webhook_endpoint.created", "api_key.revoked");
            assertThat(byAction.get("api_key.created").path("details").path("name").asText()).isEqualTo("Backoffice sandbox");
            assertThat(byAction.get("api_key.revoked").path("details").path("name").asText()).isEqualTo("Backoffice sandbox");
            assertThat(byAction.get("api_key.revoked").path("target_id").asText()).isEqualTo(key.path("id").asText());
            assertThat(byAction.get("template.created").path("target_id").asText()).isEqualTo(templateId);
            assertThat(byAction.get("webhook_endpoint.created").path("target_id").asText()).isEqualTo(endpoint.path("id").asText());
            for (String action : List.of("login.succeeded", "api_key.created", "template.created", "webhook_endpoint.created", "api_key.revoked")) {
                JsonNode e = byAction.get(action);
                assertThat(e.path("object").asText()).isEqualTo("audit_event");
                assertThat(e.path("actor").path("type").asText()).as(action).isEqualTo("user");
                assertThat(e.path("actor").path("id").asText()).as(action).isEqualTo(userId);
                assertThat(e.path("client_address").asText()).as(action).isEqualTo("127.0.0.1");
                assertThat(Instant.parse(e.path("created_at").asText())).isBeforeOrEqualTo(Instant.now());
            }
            assertThat(audit.toString()).doesNotContain(secretKey, whsec, MgmtServer.PASSWORD, user.token());
        }
    }
}
