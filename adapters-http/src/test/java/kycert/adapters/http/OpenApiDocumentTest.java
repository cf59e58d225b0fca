package kycert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.http.HttpRouting;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import kycert.adapters.http.security.JwtTokens;
import kycert.domain.error.ErrorCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped OpenAPI document describes exactly the routes the server registers, and every error code. */
class OpenApiDocumentTest {
    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");

    private static JsonNode doc;
    private static Set<String> registered;

    @BeforeAll
    static void load() throws Exception {
        doc = Json.MAPPER.readTree(OpenApiHttpService.load());
        // the routing table needs no application to be listed: nothing is called while registering
        HttpRouting.Builder routing = HttpRouting.builder();
        Routes routes = KycertHttpServer.install(routing, null, new HttpSettings(0, Option.of("an-operator-token-of-32-characters-or-more"), 1024 * 1024),
                () -> true, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), new JwtTokens(new byte[32], Clock.systemUTC()));
        routing.build(); // services register their routes as the routing is built
        registered = new HashSet<>();
        routes.registered().forEach(r -> registered.add(r.method() + " " + r.template()));
    }

    @Test
    void isOpenApi31_withTitleAndVersion() {
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.path("info").path("title").asText()).isNotBlank();
        assertThat(doc.path("info").path("version").asText()).isEqualTo(ApiVersions.TABLE.latest().date());
    }

    @Test
    void everyRegisteredRoute_isDocumented() {
        assertThat(documented()).containsAll(registered);
    }

    @Test
    void everyDocumentedOperation_isServed() {
        assertThat(registered).containsAll(documented());
    }

    @Test
    void everyErrorCode_isInTheDocument() {
        Set<String> codes = new HashSet<>();
        doc.path("components").path("schemas").path("ErrorCode").path("enum").forEach(n -> codes.add(n.asText()));
        for (ErrorCode code : ErrorCode.values()) assertThat(codes).as("documented codes").contains(code.code());
    }

    @Test
    void everyOperationThatCanFail_documentsTheStoreBeingUnavailable() {
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                JsonNode responses = op.getValue().path("responses");
                if (responses.has("500")) {
                    assertThat(responses.path("503").path("$ref").asText()).as("503 of %s %s", op.getKey(), path.getKey())
                            .isEqualTo("#/components/responses/StoreUnavailable");
                }
            });
        }
        assertThat(doc.path("components").path("responses").path("StoreUnavailable").path("headers").has("Retry-After")).isTrue();
    }

    @Test
    void theVersionHeader_listsExactlyTheKnownVersions() {
        JsonNode versions = doc.path("components").path("parameters").path("ApiVersion").path("schema").path("enum");
        assertThat(versions.size()).isEqualTo(1);
        assertThat(versions.get(0).asText()).isEqualTo(ApiVersions.TABLE.latest().date());
    }

    @Test
    void carriesNothingThatReadsLikeAStackTrace() {
        String text = doc.toString();
        assertThat(text).doesNotContain("Exception", ".java:", "com.fasterxml", "Caused by", "at kycert.");
    }

    private static Set<String> documented() {
        Set<String> out = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> ops = path.getValue().fieldNames(); ops.hasNext(); ) {
                String op = ops.next();
                if (HTTP_METHODS.contains(op)) out.add(op.toUpperCase() + " " + path.getKey());
            }
        }
        return out;
    }
}
