package kycert.domain.screening;

/**
 * The most a name can score given only which of its words agree with the subject's — what lets the index skip most
 * of the names that share a common word ("silva", "mohammed") without scoring them, and never skip a hit.
 *
 * <p>Agreeing pairs earn at most their letters; every other letter earns at most what an initial earns
 * ({@link TokenSimilarity#INITIAL}), except pairs of equal initials, which earn in full.
 */
final class CandidateBound {

    /** Slack for float rounding: the bound must never fall below the exact score it bounds. */
    private static final double EPSILON = 1e-9;

    private CandidateBound() {
    }

    /**
     * @param agreedLetters letters of the subject's words that agree with some word of the name, plus those words' letters
     */
    static double upper(int agreedLetters, int subjectLetters, int nameLetters, int subjectInitials, int nameInitials) {
        int total = subjectLetters + nameLetters;
        if (total == 0) return 0.0;
        int agreed = Math.min(agreedLetters, total);
        double rest = TokenSimilarity.INITIAL * (total - agreed);
        double equalInitials = (1.0 - TokenSimilarity.INITIAL) * 2 * Math.min(subjectInitials, nameInitials);
        return Math.min(1.0, (agreed + rest + equalInitials) / total + EPSILON);
    }
}
