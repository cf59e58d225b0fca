package kycert.domain.screening;

import java.util.List;
import java.util.Set;

/**
 * A name reduced to what matching compares: lowercase ASCII-folded tokens, noise words dropped, sorted so that
 * token order never matters. A token of one letter is an initial.
 */
record NormalizedName(List<String> tokens) {

    NormalizedName {
        tokens = List.copyOf(tokens);
    }

    /** A word weighs its letters; a generation word weighs {@value #GENERATION_WEIGHT}: it tells father from son. */
    static final int GENERATION_WEIGHT = 12;

    private static final Set<String> GENERATIONS = Set.of(
            "filho", "filha", "neto", "neta", "bisneto", "bisneta", "sobrinho", "sobrinha", "junior", "senior",
            "segundo", "terceiro", "ii", "iii", "iv");

    /** The weight of a name in the token alignment: the sum of its words' weights. */
    int weight() {
        int w = 0;
        for (String t : tokens) w += weight(t);
        return w;
    }

    static int weight(String token) {
        return GENERATIONS.contains(token) ? GENERATION_WEIGHT : token.length();
    }

    int initials() {
        int n = 0;
        for (String t : tokens) if (t.length() == 1) n++;
        return n;
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    static boolean isInitial(String token) {
        return token.length() == 1;
    }
}
