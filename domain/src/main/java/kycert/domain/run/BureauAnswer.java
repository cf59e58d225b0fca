package kycert.domain.run;

import java.util.List;

/**
 * What the sources answered, plus review reasons that come from the screening itself rather than from one source
 * (a live PF screened without a name: {@code subject_name_missing}).
 */
public record BureauAnswer(List<SourceResult> results, List<String> reviewReasons) {
    public static final String SUBJECT_NAME_MISSING = "subject_name_missing";

    public BureauAnswer {
        results = List.copyOf(results);
        reviewReasons = List.copyOf(reviewReasons);
    }

    public static BureauAnswer of(List<SourceResult> results) {
        return new BureauAnswer(results, List.of());
    }
}
