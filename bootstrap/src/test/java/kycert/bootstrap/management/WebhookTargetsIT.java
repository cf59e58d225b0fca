package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kycert.bootstrap.ServeConfig;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import org.junit.jupiter.api.Test;

/** Webhook target URLs over real HTTP: one spelling per IPv4 address, valid and allowed ports, nothing stored when refused. */
class WebhookTargetsIT {

    @Test
    void nonCanonicalAddressesAndOtherPorts_are400_andNothingIsRegistered() {
        try (MgmtServer server = MgmtServer.start(false, Option.none())) {
            Session user = server.session();
            for (String url : List.of("http://0177.0.0.1/hook", "http://0x7f.1/hook", "http://2130706433/hook", "http://127.1/hook",
                    "http://0251.254.169.254/latest/meta-data/", "https://93.184.215.14:0/hook", "https://93.184.215.14:99999/hook",
                    "https://93.184.215.14:8080/hook", "https://93.184.215.14:https/hook", "http://user:pw@93.184.215.14/hook")) {
                ApiResponse r = user.post("/api/v1/webhook-endpoints", Json.object().put("url", url));
                Expect.invalidRequest(r, 400, "invalid_parameter").param("url");
            }
            ApiResponse octal = user.post("/api/v1/webhook-endpoints", Json.object().put("url", "http://0177.0.0.1/hook"));
            assertThat(Expect.invalidRequest(octal, 400, "invalid_parameter").message()).contains("(a.b.c.d)", "octal");
            ApiResponse port = user.post("/api/v1/webhook-endpoints", Json.object().put("url", "https://93.184.215.14:8080/hook"));
            assertThat(Expect.invalidRequest(port, 400, "invalid_parameter").message()).contains("8080", "80, 443");
            assertThat(user.get("/api/v1/webhook-endpoints").json().path("data").size()).isZero();

            String key = user.createKey("targets key", "test").path("key").asText();
            String template = user.createTemplate("targets template");
            for (String url : List.of("http://0177.0.0.1/run", "https://93.184.215.14:99999/run")) {
                var body = MgmtServer.runBody(template, MgmtServer.CPF_APPROVED).put("webhook_url", url);
                Expect.invalidRequest(server.post("/api/v1/bureau/runs").key(key).json(body).send(), 400, "invalid_parameter")
                        .param("webhook_url");
            }
        }
    }

    @Test
    void withPrivateTargetsAllowed_anyValidPortPasses_butNonCanonicalAddressesAndInvalidPortsDoNot() {
        try (MgmtServer server = MgmtServer.start(true, Option.none())) {
            Session user = server.session();
            assertThat(user.post("/api/v1/webhook-endpoints", Json.object().put("url", "http://127.0.0.1:9/hook")).status()).isEqualTo(201);
            for (String url : List.of("http://2130706433:9/hook", "http://0177.0.0.1:9/hook", "http://127.0.0.1:0/hook",
                    "http://127.0.0.1:65536/hook")) {
                Expect.invalidRequest(user.post("/api/v1/webhook-endpoints", Json.object().put("url", url)), 400, "invalid_parameter")
                        .param("url");
            }
        }
    }

    @Test
    void configuredPorts_replaceTheDefaultOnes() {
        ServeConfig config = new ServeConfig(0, ServeConfig.Store.MEMORY, Path.of("data"), Option.none(), "postgres", "",
                Option.of(MgmtServer.ADMIN_TOKEN), Option.none(), 4, false, Set.of(8443));
        try (MgmtServer server = MgmtServer.start(config)) {
            Session user = server.session();
            ApiResponse listed = user.post("/api/v1/webhook-endpoints", Json.object().put("url", "https://93.184.215.14:8443/hook"));
            assertThat(listed.status()).as("%s", listed).isEqualTo(201);
            Expect.invalidRequest(user.post("/api/v1/webhook-endpoints", Json.object().put("url", "https://93.184.215.14/hook")),
                    400, "invalid_parameter").param("url");
        }
    }
}
