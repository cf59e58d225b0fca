package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import kycert.bootstrap.testsupport.Pause;
import kycert.domain.webhook.WebhookSignature;
import org.junit.jupiter.api.Test;

/** Webhook delivery over real HTTP: retries with backoff, one event id, every attempt listed; per-run URLs; SSRF refusal. */
class WebhookRetryIT {

    @Test
    void aReceiverFailingTwice_getsThreeAttempts_sameEventAndBody_growingGaps_allListed() throws Exception {
        try (MgmtServer server = MgmtServer.start(); Receiver receiver = Receiver.answering(500, 500)) {
            Session user = server.session();
            String key = user.createKey("retry key", "test").path("key").asText();
            String template = user.createTemplate("retry template");
            JsonNode endpoint = user.createWebhook(receiver.url("/hook"));
            String secret = endpoint.path("secret").asText();

            ApiResponse run = server.post("/api/v1/bureau/runs").key(key).json(MgmtServer.runBody(template, MgmtServer.CPF_APPROVED)).send();
            assertThat(run.status()).as("%s", run).isEqualTo(202);

            List<Receiver.Received> got = receiver.await(3, Duration.ofSeconds(15));
            String eventId = Json.MAPPER.readTree(got.get(0).body()).path("id").asText();
            assertThat(eventId).startsWith("evt_");
            for (int i = 0; i < 3; i++) {
                Receiver.Received attempt = got.get(i);
                assertThat(attempt.body()).as("attempt %d carries the same body", i + 1).isEqualTo(got.get(0).body());
                assertThat(attempt.header("kycert-event-id")).isEqualTo(eventId);
                assertThat(attempt.header("kycert-delivery-attempt")).isEqualTo(Integer.toString(i + 1));
                assertThat(WebhookSignature.verify(secret, attempt.header("kycert-signature"), attempt.body(), Instant.now()))
                        .as("attempt %d is signed", i + 1).isTrue();
            }
            Duration first = Duration.between(got.get(0).at(), got.get(1).at());
            Duration second = Duration.between(got.get(1).at(), got.get(2).at());
            // about 1 s then about 2 s, each ±25 % jitter, plus the sender's polling (≤ 200 ms)
            assertThat(first).as("first retry gap").isBetween(Duration.ofMillis(700), Duration.ofMillis(2_000));
            assertThat(second).as("second retry gap").isBetween(Duration.ofMillis(1_400), Duration.ofMillis(3_500));
            assertThat(second).as("gaps grow").isGreaterThan(first);

            JsonNode delivery = awaitSucceeded(user);
            assertThat(delivery.path("object").asText()).isEqualTo("webhook_delivery");
            assertThat(delivery.path("event_id").asText()).isEqualTo(eventId);
            assertThat(delivery.path("event_type").asText()).isEqualTo("run.completed");
            assertThat(delivery.path("endpoint_id").asText()).isEqualTo(endpoint.path("id").asText());
            assertThat(delivery.path("url").asText()).isEqualTo(receiver.url("/hook"));
            assertThat(delivery.get("next_attempt_at").isNull()).isTrue();
            assertThat(delivery.path("created_at").asText()).isNotBlank();
            JsonNode attempts = delivery.path("attempts");
            assertThat(attempts.size()).isEqualTo(3);
            int[] codes = {500, 500, 200};
            for (int i = 0; i < 3; i++) {
                JsonNode a = attempts.get(i);
                assertThat(a.path("number").asInt()).isEqualTo(i + 1);
                assertThat(a.path("status_code").asInt()).isEqualTo(codes[i]);
                assertThat(a.get("error").isNull()).isTrue();
                assertThat(a.path("duration_ms").isIntegralNumber()).isTrue();
                assertThat(Instant.parse(a.path("at").asText())).isNotNull();
            }
        }
    }

    @Test
    void aRunsOwnWebhookUrl_receivesTheEventToo_signedWithTheTenantsEndpointSecret() throws Exception {
        try (MgmtServer server = MgmtServer.start(); Receiver endpointReceiver = Receiver.answering();
             Receiver runReceiver = Receiver.answering()) {
            Session user = server.session();
            String key = user.createKey("per-run key", "test").path("key").asText();
            String template = user.createTemplate("per-run template");
            String secret = user.createWebhook(endpointReceiver.url("/endpoint")).path("secret").asText();

            var body = MgmtServer.runBody(template, MgmtServer.CPF_APPROVED).put("webhook_url", runReceiver.url("/this-run"));
            ApiResponse run = server.post("/api/v1/bureau/runs").key(key).json(body).send();
            assertThat(run.status()).as("%s", run).isEqualTo(202);

            Receiver.Received own = runReceiver.await(1, Duration.ofSeconds(10)).getFirst();
            Receiver.Received viaEndpoint = endpointReceiver.await(1, Duration.ofSeconds(10)).getFirst();
            assertThat(own.path()).isEqualTo("/this-run");
            JsonNode event = Json.MAPPER.readTree(own.body());
            assertThat(event.path("type").asText()).isEqualTo("run.completed");
            assertThat(event.path("data").path("object").path("id").asText()).isEqualTo(run.json().path("id").asText());
            assertThat(own.body()).as("one event, two destinations").isEqualTo(viaEndpoint.body());
            assertThat(WebhookSignature.verify(secret, own.header("kycert-signature"), own.body(), Instant.now())).isTrue();

            List<JsonNode> deliveries = user.all("/api/v1/webhook-deliveries", 10);
            assertThat(deliveries).hasSize(2);
            assertThat(deliveries).anySatisfy(d -> {
                assertThat(d.get("endpoint_id").isNull()).isTrue();
                assertThat(d.path("url").asText()).isEqualTo(runReceiver.url("/this-run"));
            });
        }
    }

    @Test
    void withPrivateTargetsOff_internalWebhookUrls_areRefused() {
        try (MgmtServer server = MgmtServer.start(false, Option.none())) {
            Session user = server.session();
            for (String url : List.of("http://127.0.0.1:9/hook", "http://localhost/hook", "http://10.0.0.5/hook",
                    "http://192.168.1.1/hook", "http://169.254.169.254/latest/meta-data/", "http://[::1]/hook")) {
                ApiResponse r = user.post("/api/v1/webhook-endpoints", Json.object().put("url", url));
                Expect.invalidRequest(r, 400, "invalid_parameter").param("url");
            }
            assertThat(user.get("/api/v1/webhook-endpoints").json().path("data").size()).isZero();

            String key = user.createKey("ssrf key", "test").path("key").asText();
            String template = user.createTemplate("ssrf template");
            var body = MgmtServer.runBody(template, MgmtServer.CPF_APPROVED).put("webhook_url", "http://127.0.0.1:9/run");
            Expect.invalidRequest(server.post("/api/v1/bureau/runs").key(key).json(body).send(), 400, "invalid_parameter")
                    .param("webhook_url");

            ApiResponse publicTarget = user.post("/api/v1/webhook-endpoints", Json.object().put("url", "https://93.184.215.14/hook"));
            assertThat(publicTarget.status()).as("%s", publicTarget).isEqualTo(201);
        }
    }

    private static JsonNode awaitSucceeded(Session user) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = user.get("/api/v1/webhook-deliveries").json().path("data").get(0);
            if (last != null && last.path("status").asText().equals("succeeded")) return last;
            Pause.millis(50);
        }
        throw new AssertionError("delivery not succeeded: " + last);
    }
}
