package kycert.domain.screening;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Prefix filtering: which of the subject's words are so common ("silva", "mohammed") that a name agreeing with
 * nothing else cannot reach the threshold. The index then walks only the other words' postings and merely probes the
 * common ones for the names it found — so a common word costs a lookup per candidate, not a walk over its postings.
 *
 * <p>The bound for a name agreeing only with common words C: each earns at most its weight plus its heaviest
 * agreeing dictionary word's; every other subject word at most {@link TokenSimilarity#INITIAL} of itself plus an
 * initial; the name weighs at least those words and initials. Subjects with initials of their own are not filtered.
 */
final class RareWordFilter {

    /** Slack for float rounding, on the safe side: a word stays rare unless it is clearly common. */
    private static final double EPSILON = 1e-9;

    private RareWordFilter() {
    }

    /**
     * @param weight    each subject word's weight
     * @param heaviest  each subject word's heaviest agreeing dictionary word (0 when none agrees)
     * @param postings  how many names each subject word's agreeing dictionary words list
     * @return which words are common: a name that agrees with none of the others cannot reach {@code threshold}
     */
    static boolean[] common(int[] weight, int[] heaviest, long[] postings, boolean subjectHasInitials, double threshold) {
        boolean[] common = new boolean[weight.length];
        if (subjectHasInitials) return common;
        Integer[] byFrequency = new Integer[weight.length];
        Arrays.setAll(byFrequency, i -> i);
        Arrays.sort(byFrequency, Comparator.comparingLong((Integer i) -> postings[i]).reversed());
        for (int w : byFrequency) {
            common[w] = true;
            if (!(bound(weight, heaviest, common) + EPSILON < threshold)) {
                common[w] = false;
                break;
            }
        }
        return common;
    }

    private static double bound(int[] weight, int[] heaviest, boolean[] common) {
        double earned = 0;
        double total = 0;
        for (int w = 0; w < weight.length; w++) {
            total += weight[w];
            if (common[w]) {
                earned += weight[w] + heaviest[w];
                total += heaviest[w];
            } else {
                earned += TokenSimilarity.INITIAL * (weight[w] + 1);
                total += 1;
            }
        }
        return total == 0 ? 1.0 : earned / total;
    }
}
