package kycert.domain.screening;

/**
 * Jaro-Winkler similarity of two strings, 0..1 (1 only for equal strings).
 *
 * <p>Hand-written rather than Commons Text's: it runs on the hot path of every screening (thousands of token pairs
 * per subject), so it allocates only two small flag arrays, and the domain stays on its {@code java..}/vavr whitelist.
 * Like Commons Text, the prefix boost (0.1 per common leading character, at most 4) applies only when Jaro ≥ 0.7.
 */
final class JaroWinkler {

    private static final double BOOST_THRESHOLD = 0.7;
    private static final double PREFIX_SCALE = 0.1;
    private static final int MAX_PREFIX = 4;

    private JaroWinkler() {
    }

    static double similarity(String a, String b) {
        if (a.equals(b)) return 1.0;
        if (a.isEmpty() || b.isEmpty()) return 0.0;
        // The greedy match count can depend on which side leads; a fixed order keeps the measure symmetric.
        double jaro = a.compareTo(b) < 0 ? jaro(a, b) : jaro(b, a);
        if (jaro < BOOST_THRESHOLD) return jaro;
        int prefix = 0;
        int limit = Math.min(MAX_PREFIX, Math.min(a.length(), b.length()));
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) prefix++;
        return jaro + prefix * PREFIX_SCALE * (1.0 - jaro);
    }

    private static double jaro(String a, String b) {
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] usedA = new boolean[a.length()];
        boolean[] usedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!usedB[j] && a.charAt(i) == b.charAt(j)) {
                    usedA[i] = true;
                    usedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0.0;
        int halfTranspositions = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (!usedA[i]) continue;
            while (!usedB[j]) j++;
            if (a.charAt(i) != b.charAt(j)) halfTranspositions++;
            j++;
        }
        double m = matches;
        return (m / a.length() + m / b.length() + (m - halfTranspositions / 2) / m) / 3.0;
    }
}
