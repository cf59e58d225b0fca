package kycert.domain.screening;

/**
 * How much two tokens agree, 0..1: the per-token scorers of the pipeline, each with its weight.
 *
 * <ul>
 *   <li>exact — the same token: 1.0;</li>
 *   <li>typo — spelled-out neighbours ({@link TypoNeighbours}) whose Jaro-Winkler is at least {@value #TYPO_CUTOFF}: that
 *       similarity ("silva"/"silvs" 0.92); below the cutoff, nothing ("joao"/"joana" 0.85 are two names, not a typo);</li>
 *   <li>initial — one letter against a word it begins: {@value #INITIAL} ("j"/"joao"), weaker evidence than a word
 *       (and half that when fewer than two words agree, see {@link NameSimilarity});</li>
 *   <li>numbers — tokens with digits agree only when equal.</li>
 * </ul>
 */
final class TokenSimilarity {

    static final double TYPO_CUTOFF = 0.88;
    static final double INITIAL = 0.75;

    private TokenSimilarity() {
    }

    static double of(String a, String b) {
        if (a.equals(b)) return 1.0;
        boolean initialA = NormalizedName.isInitial(a);
        boolean initialB = NormalizedName.isInitial(b);
        if (initialA && initialB) return 0.0;
        if (initialA) return initialOf(a, b);
        if (initialB) return initialOf(b, a);
        return spelledOut(a, b);
    }

    /** Two spelled-out tokens: their similarity when they agree (exact, or a typo apart), else 0. */
    static double spelledOut(String a, String b) {
        if (a.equals(b)) return 1.0;
        if (hasDigit(a) || hasDigit(b) || !TypoNeighbours.share(a, b)) return 0.0;
        double jw = JaroWinkler.similarity(a, b);
        return jw >= TYPO_CUTOFF ? jw : 0.0;
    }

    private static double initialOf(String initial, String word) {
        char c = initial.charAt(0);
        return Character.isLetter(c) && word.charAt(0) == c ? INITIAL : 0.0;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }
}
