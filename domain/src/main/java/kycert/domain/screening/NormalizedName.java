package kycert.domain.screening;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A name reduced to what matching compares: lowercase ASCII-folded tokens, noise words dropped, sorted so that
 * token order never matters. A token of one letter is an initial. Its weights are computed once: names are compared
 * many times.
 */
final class NormalizedName {

    /** A word weighs its letters; a generation word weighs {@value #GENERATION_WEIGHT}: it tells father from son. */
    static final int GENERATION_WEIGHT = 12;

    private static final Set<String> GENERATIONS = Set.of(
            "filho", "filha", "neto", "neta", "bisneto", "bisneta", "sobrinho", "sobrinha", "junior", "senior",
            "segundo", "terceiro", "ii", "iii", "iv");

    private final List<String> tokens;
    private final int weight;
    private final int initials;
    private final int heaviestWord;

    NormalizedName(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
        int w = 0;
        int n = 0;
        int heaviest = 0;
        for (String t : this.tokens) {
            w += weight(t);
            if (isInitial(t)) n++;
            else heaviest = Math.max(heaviest, weight(t));
        }
        this.weight = w;
        this.initials = n;
        this.heaviestWord = heaviest;
    }

    List<String> tokens() {
        return tokens;
    }

    /** The weight of a name in the token alignment: the sum of its words' weights. */
    int weight() {
        return weight;
    }

    int initials() {
        return initials;
    }

    /** The heaviest word: what an initial of the other name could stand for at most. */
    int heaviestWord() {
        return heaviestWord;
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    static int weight(String token) {
        return token.length() >= 2 && token.length() <= 9 && GENERATIONS.contains(token) ? GENERATION_WEIGHT : token.length();
    }

    static boolean isInitial(String token) {
        return token.length() == 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalizedName other && tokens.equals(other.tokens);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tokens);
    }

    @Override
    public String toString() {
        return String.join(" ", tokens);
    }
}
