package kycert.domain.run;

import java.util.ArrayList;
import java.util.List;

/**
 * From source answers to a verdict. A hit on sanctions or CEIS blocks; otherwise any source in ERROR makes the
 * result PARTIAL; otherwise a PEP hit or an irregular registry status needs review; otherwise approved.
 */
public final class DecisionRules {
    private DecisionRules() {}

    public static Verdict decide(List<SourceResult> results) {
        return decide(BureauAnswer.of(results));
    }

    /** The answer's own review reasons rank with the sources' review reasons: after a block and after an error. */
    public static Verdict decide(BureauAnswer answer) {
        List<SourceResult> results = answer.results();
        List<String> blocking = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> review = new ArrayList<>();
        for (SourceResult r : results) {
            switch (r.status()) {
                case INVALID -> {
                    switch (r.source()) {
                        case SANCTIONS -> blocking.add("sanctions_match");
                        case CEIS -> blocking.add("ceis_match");
                        case PEP -> review.add("pep_match");
                        case REGISTRY_STATUS -> review.add("registry_status_irregular");
                    }
                }
                case ERROR -> errors.add(r.source().wire() + "_unavailable");
                case VALID, NO_DATA -> { }
            }
        }
        review.addAll(answer.reviewReasons());
        if (!blocking.isEmpty()) return new Verdict(Decision.BLOCKED, RiskBand.CRITICAL, blocking);
        if (!errors.isEmpty()) {
            List<String> reasons = new ArrayList<>(errors);
            reasons.addAll(review);
            return new Verdict(Decision.PARTIAL, review.isEmpty() ? RiskBand.MEDIUM : RiskBand.HIGH, reasons);
        }
        if (!review.isEmpty()) return new Verdict(Decision.PENDING_REVIEW, RiskBand.HIGH, review);
        return new Verdict(Decision.APPROVED, RiskBand.LOW, List.of());
    }
}
