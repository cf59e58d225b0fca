package kycert.domain.screening;

import io.vavr.control.Either;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/**
 * A template's {@code match_threshold}: the least name score that makes a hit, in {@value #MIN}..1.
 *
 * <p>The default, {@value #DEFAULT_VALUE}: on the labelled quality set ({@code screening/quality-set.csv}, 458 pairs)
 * it gives recall 1.00 and precision 0.99 (its only false hits are names one letter apart, Paulo/Paula). Every value
 * from 0.80 to 0.90 gives those figures (lowest true match ≈ 0.91, a middle initial; highest different name ≈ 0.79);
 * the default takes the strict end, since real lists hold nearer homonyms than the set. Below {@value #MIN} names
 * differing in whole words match.
 */
public record MatchThreshold(double value) {
    public static final double MIN = 0.70;
    public static final double DEFAULT_VALUE = 0.90;
    public static final MatchThreshold DEFAULT = new MatchThreshold(DEFAULT_VALUE);

    public MatchThreshold {
        if (!(value >= MIN && value <= 1.0)) throw new IllegalArgumentException("match_threshold out of range: " + value);
    }

    /** Untrusted input (a template field): a clear error naming {@code match_threshold} when out of range. */
    public static Either<ApiError, MatchThreshold> parse(Double value) {
        if (value == null) return Either.right(DEFAULT);
        if (!(value >= MIN && value <= 1.0)) {
            return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER,
                    "match_threshold must be between " + MIN + " and 1.0.", "match_threshold"));
        }
        return Either.right(new MatchThreshold(value));
    }

    public boolean admits(double score) {
        return score >= value;
    }
}
