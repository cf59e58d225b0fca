package kycert.domain.screening;

import java.util.List;

/**
 * A name reduced to what matching compares: lowercase ASCII-folded tokens, noise words dropped, sorted so that
 * token order never matters. A token of one letter is an initial.
 */
record NormalizedName(List<String> tokens) {

    NormalizedName {
        tokens = List.copyOf(tokens);
    }

    /** Every letter counts once: the weight of a name in the token alignment. */
    int weight() {
        int w = 0;
        for (String t : tokens) w += t.length();
        return w;
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
