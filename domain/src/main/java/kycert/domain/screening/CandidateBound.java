package kycert.domain.screening;

/**
 * The most a name can score given only which of its words agree with the subject's — what lets the index skip most
 * of the names that share a common word ("silva", "mohammed") without scoring them, and never skip a hit.
 *
 * <p>Agreeing pairs earn at most their weight. Every other pair has an initial in it (words that do not agree earn
 * nothing), so the rest earns at most {@link TokenSimilarity#INITIAL} of what the initials of each name and the
 * heaviest word of the other could weigh — nothing at all when neither name has initials — plus the full weight of
 * pairs of equal initials.
 */
final class CandidateBound {

    /** Slack for float rounding: the bound must never fall below the exact score it bounds. */
    private static final double EPSILON = 1e-9;

    private CandidateBound() {
    }

    /** One side of a comparison: its weight, its initials, and its heaviest word. */
    record Side(int weight, int initials, int heaviestWord) {
        static Side of(NormalizedName name) {
            return new Side(name.weight(), name.initials(), name.heaviestWord());
        }
    }

    /**
     * @param agreed weight of the subject's words that agree with some word of the name, plus those words' weight
     */
    static double upper(int agreed, Side subject, Side name) {
        int total = subject.weight() + name.weight();
        if (total == 0) return 0.0;
        int certain = Math.min(agreed, total);
        int initialsCouldCover = subject.initials() * (1 + name.heaviestWord()) + name.initials() * (1 + subject.heaviestWord());
        double rest = TokenSimilarity.INITIAL * Math.min(total - certain, initialsCouldCover);
        double equalInitials = (1.0 - TokenSimilarity.INITIAL) * 2 * Math.min(subject.initials(), name.initials());
        return Math.min(1.0, (certain + rest + equalInitials) / total + EPSILON);
    }
}
