package kycert.domain.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The similarity of two normalized names, 0..1, independent of token order and symmetric.
 *
 * <p>Tokens are paired greedily, best {@link TokenSimilarity} first (a token-set alignment); each pair earns its
 * similarity times the letters of both tokens, over the letters of both names (a weighted Dice): extra or missing
 * words cost their length, so "Joao Silva" against "Joao Silva Filho" stays below any sensible threshold. A match needs
 * at least one spelled-out word to agree — initials alone never make one — which is also what the index looks up.
 *
 * <p>Deliberately absent: a Jaro-Winkler over the whole sorted name. Its prefix boost rewards a shared first word
 * ("joaosilva"/"joaosilvaneto" ≈ 0.94), which for Brazilian names (Filho, Neto, Júnior) means father and son, and it
 * admits no bound the index could prune with.
 */
final class NameSimilarity {

    private static final Comparator<Pair> BEST_FIRST = Comparator.comparingDouble(Pair::similarity).reversed()
            .thenComparing(Comparator.comparingInt(Pair::letters).reversed())
            .thenComparing(Pair::low)
            .thenComparing(Pair::high);

    private NameSimilarity() {
    }

    static double score(NormalizedName a, NormalizedName b) {
        List<String> x = a.tokens();
        List<String> y = b.tokens();
        int letters = a.weight() + b.weight();
        if (letters == 0) return 0.0;
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
        double earned = 0;
        boolean wordAgrees = false;
        for (Pair p : pairs) {
            if (usedX[p.i] || usedY[p.j]) continue;
            usedX[p.i] = true;
            usedY[p.j] = true;
            earned += p.similarity * p.letters();
            wordAgrees |= !NormalizedName.isInitial(p.x) && !NormalizedName.isInitial(p.y);
        }
        return wordAgrees ? Math.min(1.0, earned / letters) : 0.0;
    }

    private record Pair(int i, int j, double similarity, String x, String y) {
        int letters() { return x.length() + y.length(); }

        String low() { return x.compareTo(y) <= 0 ? x : y; }

        String high() { return x.compareTo(y) <= 0 ? y : x; }
    }
}
