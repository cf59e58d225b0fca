package kycert.adapters.http.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kycert.domain.run.Run;

/** A run's per-source technical detail; {@code raw} is the source's answer, embedded as JSON when it is JSON. */
public record RunDetailJson(String runId, List<Source> sources) {

    /** One source's answer in full. */
    public record Source(String source, String status, long latencyMs, Map<String, String> checks, JsonNode raw) {}

    public static RunDetailJson of(Run run, Function<String, JsonNode> rawAsJson) {
        return new RunDetailJson(run.id().toString(), run.sources().stream()
                .map(s -> new Source(s.source().wire(), s.status().name(), s.latencyMs(), s.checks(), rawAsJson.apply(s.raw())))
                .toList());
    }
}
