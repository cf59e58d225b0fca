package kycert.domain.run;

import java.util.List;

/** A decision with its risk band and the reasons behind it. */
public record Verdict(Decision decision, RiskBand riskBand, List<String> reasons) {
    public Verdict {
        reasons = List.copyOf(reasons);
    }
}
