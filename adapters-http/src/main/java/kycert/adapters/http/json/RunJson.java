package kycert.adapters.http.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import kycert.domain.run.Run;

/** A bureau run as the data plane shows it; {@code estimated_seconds} only on the 202 that accepts it. */
public record RunJson(String id, String object, String environment, String status, String templateId,
                      SubjectJson subject, String externalId, Map<String, String> metadata, String decision,
                      String createdAt, String completedAt,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Integer estimatedSeconds) {
    public static final String OBJECT = "bureau_run";

    public static RunJson of(Run run) {
        return of(run, null);
    }

    public static RunJson accepted(Run run) {
        return of(run, Run.ESTIMATED_SECONDS);
    }

    private static RunJson of(Run run, Integer estimatedSeconds) {
        return new RunJson(run.id().toString(), OBJECT, run.environment().wire(), run.status().wire(),
                run.templateId().toString(), SubjectJson.of(run.subject()), run.externalId().getOrNull(), run.metadata(),
                run.verdict().map(v -> v.decision().name()).getOrNull(), Timestamps.format(run.createdAt()),
                Timestamps.format(run.completedAt()), estimatedSeconds);
    }
}
