package kycert.adapters.http.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kycert.domain.apikey.Environment;
import kycert.domain.run.Run;
import kycert.domain.run.RunId;
import kycert.domain.run.RunRequest;
import kycert.domain.run.SourceResult;
import kycert.domain.run.SourceStatus;
import kycert.domain.template.Source;
import kycert.domain.template.TemplateId;
import kycert.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

/** The data plane's bodies, rendered exactly (the adapter's mapper settings, repeated here). */
class RunJsonTest {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final UUID RUN = UUID.fromString("0b8f6d0e-1c2a-4f4e-9d7a-3e1f2a5b6c7d");
    private static final UUID TEMPLATE = UUID.fromString("550e8400-e29b-41d4-a716-446655440000");
    private static final Instant CREATED = Instant.parse("2026-06-03T12:00:00.123456Z");
    private static final Instant DONE = Instant.parse("2026-06-03T12:00:01Z");

    private static Run queued(String name, Object externalId, Map<String, String> metadata) {
        RunRequest request = RunRequest.of(TEMPLATE.toString(), "pf", "529.982.247-25", name, externalId, metadata, null).get();
        return Run.queued(new RunId(RUN), new TenantId(UUID.randomUUID()), Environment.TEST, new TemplateId(TEMPLATE), request, CREATED);
    }

    private static Run completed() {
        return queued("Ana", "cust_1", Map.of()).complete(List.of(
                new SourceResult(Source.REGISTRY_STATUS, SourceStatus.VALID, 12, Map.of("registry_status", "REGULAR"), "{\"situacao\":\"REGULAR\"}"),
                new SourceResult(Source.PEP, SourceStatus.INVALID, 30, Map.of("pep", "true"), "not json at all")), DONE).get();
    }

    @Test
    void anAcceptedRun_hasEveryFieldInOrder_nullsIncluded_andEstimatedSeconds() throws Exception {
        String json = MAPPER.writeValueAsString(RunJson.accepted(queued(null, null, Map.of("z", "1", "a", "2"))));
        assertThat(json).isEqualTo("{\"id\":\"" + RUN + "\",\"object\":\"bureau_run\",\"environment\":\"test\",\"status\":\"queued\","
                + "\"template_id\":\"" + TEMPLATE + "\",\"subject\":{\"type\":\"pf\",\"doc\":\"52998224725\",\"name\":null},"
                + "\"external_id\":null,\"metadata\":{\"a\":\"2\",\"z\":\"1\"},\"decision\":null,"
                + "\"created_at\":\"2026-06-03T12:00:00.123Z\",\"completed_at\":null,\"estimated_seconds\":2}");
    }

    @Test
    void aReadRun_hasNoEstimatedSeconds_andACompletedOneItsDecision() throws Exception {
        String json = MAPPER.writeValueAsString(RunJson.of(completed()));
        assertThat(json).doesNotContain("estimated_seconds")
                .contains("\"status\":\"completed\"", "\"decision\":\"PENDING_REVIEW\"", "\"completed_at\":\"2026-06-03T12:00:01.000Z\"",
                        "\"external_id\":\"cust_1\"", "\"name\":\"Ana\"");
    }

    @Test
    void analysis_beforeCompletion_isEmptyButWellFormed() throws Exception {
        assertThat(MAPPER.writeValueAsString(RunAnalysisJson.of(queued(null, null, Map.of()))))
                .isEqualTo("{\"run_id\":\"" + RUN + "\",\"status\":\"queued\",\"decision\":null,\"risk_band\":null,\"reasons\":[],\"sources\":[]}");
    }

    @Test
    void analysis_afterCompletion_namesDecisionRiskReasonsAndSourceStatuses() throws Exception {
        assertThat(MAPPER.writeValueAsString(RunAnalysisJson.of(completed())))
                .isEqualTo("{\"run_id\":\"" + RUN + "\",\"status\":\"completed\",\"decision\":\"PENDING_REVIEW\",\"risk_band\":\"HIGH\","
                        + "\"reasons\":[\"pep_match\"],\"sources\":[{\"source\":\"registry_status\",\"status\":\"VALID\"},"
                        + "{\"source\":\"pep\",\"status\":\"INVALID\"}]}");
    }

    @Test
    void detail_embedsJsonRawAnswersAsJson_andOthersAsStrings() throws Exception {
        RunDetailJson detail = RunDetailJson.of(completed(), raw -> raw.startsWith("{")
                ? uncheckedTree(raw) : TextNode.valueOf(raw));
        assertThat(MAPPER.writeValueAsString(detail))
                .isEqualTo("{\"run_id\":\"" + RUN + "\",\"sources\":["
                        + "{\"source\":\"registry_status\",\"status\":\"VALID\",\"latency_ms\":12,\"checks\":{\"registry_status\":\"REGULAR\"},\"raw\":{\"situacao\":\"REGULAR\"}},"
                        + "{\"source\":\"pep\",\"status\":\"INVALID\",\"latency_ms\":30,\"checks\":{\"pep\":\"true\"},\"raw\":\"not json at all\"}]}");
    }

    @Test
    void aPage_hasDataHasMoreAndNextCursor() throws Exception {
        var page = new kycert.domain.pagination.Page<>(List.of(completed()), true, Option.of("abc.def"));
        String json = MAPPER.writeValueAsString(ListJson.of(page, RunJson::of));
        assertThat(json).startsWith("{\"data\":[{\"id\":").endsWith("],\"has_more\":true,\"next_cursor\":\"abc.def\"}");
        var last = new kycert.domain.pagination.Page<Run>(List.of(), false, Option.none());
        assertThat(MAPPER.writeValueAsString(ListJson.of(last, RunJson::of))).isEqualTo("{\"data\":[],\"has_more\":false,\"next_cursor\":null}");
    }

    private static com.fasterxml.jackson.databind.JsonNode uncheckedTree(String raw) {
        try {
            return MAPPER.readTree(raw);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
