package kycert.domain.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The similarity of two normalized names, 0..1, independent of token order and symmetric.
 *
 * <p>Tokens are paired greedily, best {@link TokenSimilarity} first (a token-set alignment); each pair earns its
 * similarity times the weight of both tokens (their letters, see {@link NormalizedName#weight(String)}), over the
 * weight of both names — a weighted Dice: extra or missing words cost their weight, so "Joao Silva" against
 * "Joao Silva Filho" stays well below any sensible threshold. A match needs at least one spelled-out word to agree —
 * initials alone never make one, which is also what the index looks up — and initials support words rather than
 * carry a name: with fewer than {@value #SUPPORTING_WORDS} agreeing words an initial earns half ("J. Silva" against
 * "Joao Silva" ≈ 0.79, "Joao C. Silva" against "Joao Carlos Silva" ≈ 0.93).
 *
 * <p>Deliberately absent: a Jaro-Winkler over the whole sorted name. Its prefix boost rewards a shared first word
 * ("joaosilva"/"joaosilvaneto" ≈ 0.94), which for Brazilian names (Filho, Neto, Júnior) means father and son, and it
 * admits no bound the index could prune with.
 */
final class NameSimilarity {

    static final int SUPPORTING_WORDS = 2;

    private static final Comparator<Pair> BEST_FIRST = Comparator.comparingDouble(Pair::similarity).reversed()
            .thenComparing(Comparator.comparingInt(Pair::weight).reversed())
            .thenComparing(Pair::low)
            .thenComparing(Pair::high);

    private NameSimilarity() {
    }

    static double score(NormalizedName a, NormalizedName b) {
        int total = a.weight() + b.weight();
        if (total == 0) return 0.0;
        double words = 0;
        double initials = 0;
        int agreeingWords = 0;
        for (Pair p : align(a.tokens(), b.tokens())) {
            if (p.isWords()) {
                words += p.similarity * p.weight();
                agreeingWords++;
            } else {
                initials += p.similarity * p.weight();
            }
        }
        if (agreeingWords == 0) return 0.0;
        double earned = words + (agreeingWords >= SUPPORTING_WORDS ? initials : initials / 2);
        return Math.min(1.0, earned / total);
    }

    /** Greedy assignment, best pair first; ties broken by the tokens themselves, so that swapping sides changes nothing. */
    private static List<Pair> align(List<String> x, List<String> y) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            for (int j = 0; j < y.size(); j++) {
                double s = TokenSimilarity.of(x.get(i), y.get(j));
                if (s > 0) pairs.add(new Pair(i, j, s, x.get(i), y.get(j)));
            }
        }
        pairs.sort(BEST_FIRST);
        boolean[] usedX = new boolean[x.size()];
        boolean[] usedY = new boolean[y.size()];
        List<Pair> chosen = new ArrayList<>();
        for (Pair p : pairs) {
            if (usedX[p.i] || usedY[p.j]) continue;
            usedX[p.i] = true;
            usedY[p.j] = true;
            chosen.add(p);
        }
        return chosen;
    }

    private record Pair(int i, int j, double similarity, String x, String y) {
        int weight() { return NormalizedName.weight(x) + NormalizedName.weight(y); }

        boolean isWords() { return !NormalizedName.isInitial(x) && !NormalizedName.isInitial(y); }

        String low() { return x.compareTo(y) <= 0 ? x : y; }

        String high() { return x.compareTo(y) <= 0 ? y : x; }
    }
}
