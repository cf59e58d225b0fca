package kycert.adapters.http.json;

import java.util.List;
import kycert.domain.run.Run;
import kycert.domain.run.Verdict;

/** A run's analysis: the decision, its risk band and reasons, and each source's status (empty until completed). */
public record RunAnalysisJson(String runId, String status, String decision, String riskBand, List<String> reasons,
                              List<Source> sources) {

    /** One source's status. */
    public record Source(String source, String status) {}

    public static RunAnalysisJson of(Run run) {
        Verdict verdict = run.verdict().getOrNull();
        return new RunAnalysisJson(run.id().toString(), run.status().wire(),
                verdict == null ? null : verdict.decision().name(),
                verdict == null ? null : verdict.riskBand().name(),
                verdict == null ? List.of() : verdict.reasons(),
                run.sources().stream().map(s -> new Source(s.source().wire(), s.status().name())).toList());
    }
}
