package kycert.bootstrap.http;

import static kycert.bootstrap.http.ErrorAssert.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.UUID;
import kycert.bootstrap.ServeConfig;
import kycert.bootstrap.testsupport.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With KYCERT_METRICS_TOKEN set, {@code /metrics} answers only {@code Authorization: Bearer <it>}; else 401 in the envelope. */
class MetricsTokenIT {
    private static final String METRICS_TOKEN = "metrics-it-" + UUID.randomUUID();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(ServeConfig.memory(0, Option.of(TestServer.ADMIN_TOKEN)).withMetricsToken(Option.of(METRICS_TOKEN)));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void withoutTheToken_metricsAre401_inTheEnvelope() {
        ApiResponse none = server.get("/metrics").send();
        assertEnvelope(none, 401);
        assertThat(none.json().path("error").path("code").asText()).isEqualTo("missing_token");
        assertThat(none.header("WWW-Authenticate")).isPresent();

        ApiResponse wrong = server.get("/metrics").bearer(TestServer.ADMIN_TOKEN).send();
        assertEnvelope(wrong, 401);
        assertThat(wrong.json().path("error").path("code").asText()).isEqualTo("invalid_token");
        assertThat(wrong.body()).doesNotContain("jvm_");
    }

    @Test
    void withTheToken_metricsArePrometheusText() {
        ApiResponse r = server.get("/metrics").bearer(METRICS_TOKEN).send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(r.body()).contains("jvm_");
    }
}
