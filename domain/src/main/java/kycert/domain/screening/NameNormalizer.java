package kycert.domain.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Case, accents, punctuation, spacing and noise words out of a name: "DA SILVA, João" → {@code [joao, silva]}.
 *
 * <p>Accents go by NFD decomposition and dropping the combining marks; letters that do not decompose
 * ({@code ß æ œ ø đ ł þ ı}) are spelled out. Apostrophes join ("O'Brien" → {@code obrien}, "D'Ávila" → {@code davila});
 * every other non-letter, non-digit separates. Noise words go only when something else remains.
 */
final class NameNormalizer {

    /** Abbreviations lists and registries write either way. */
    private static final Map<String, String> SYNONYMS = Map.of("jr", "junior", "sr", "senior", "cia", "companhia");

    private NameNormalizer() {
    }

    static NormalizedName normalize(String raw) {
        List<String> tokens = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String word : fold(raw).split(" ")) {
            if (word.isEmpty() || word.equals(".")) continue;
            // "E." is an initial, not the particle e: a letter and a dot keep each other.
            boolean initial = word.length() == 2 && word.charAt(1) == '.';
            for (String t : word.split("\\.")) {
                if (t.isEmpty()) continue;
                String token = SYNONYMS.getOrDefault(t, t);
                tokens.add(token);
                if (initial || !NoiseWords.isNoise(token)) kept.add(token);
            }
        }
        if (dropTrailingSa(tokens)) dropTrailingSa(kept);
        List<String> result = kept.isEmpty() ? tokens : kept;
        result.sort(null);
        return new NormalizedName(result);
    }

    private static String fold(String raw) {
        String decomposed = Normalizer.normalize(raw, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length() + 8);
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || isApostrophe(cp)) continue;
            if (Character.isLetterOrDigit(cp)) appendSpelled(out, Character.toLowerCase(cp));
            else out.append(cp == '.' ? ". " : " ");
        }
        return out.toString();
    }

    private static void appendSpelled(StringBuilder out, int cp) {
        switch (cp) {
            case 'ß' -> out.append("ss");
            case 'æ' -> out.append("ae");
            case 'œ' -> out.append("oe");
            case 'ø' -> out.append('o');
            case 'đ', 'ð' -> out.append('d');
            case 'ł' -> out.append('l');
            case 'þ' -> out.append("th");
            case 'ı' -> out.append('i');
            default -> out.appendCodePoint(cp);
        }
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '’' || cp == '‘' || cp == '`' || cp == '´' || cp == 'ʼ';
    }

    /** "Petrobras S.A." and "Petrobras S/A" end in the initials s, a: the legal form, not a name. */
    private static boolean dropTrailingSa(List<String> tokens) {
        int n = tokens.size();
        if (n > 2 && tokens.get(n - 2).equals("s") && tokens.get(n - 1).equals("a")) {
            tokens.remove(n - 1);
            tokens.remove(n - 2);
            return true;
        }
        return false;
    }
}
