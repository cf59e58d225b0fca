package kycert.domain.screening;

import java.util.Set;

/**
 * Words that say little about who a name is, dropped before names are compared.
 *
 * <p>Particles: the Portuguese {@code de da do dos das e}, and the connectives lists write in other languages
 * ({@code del van von der bin ibn al el…}); {@code al-}/{@code el-} arrive as their own token once hyphens split words.
 * {@code abu} stays: it is part of a kunya, not a connective. Legal forms ({@code ltda, eireli, inc, llc, gmbh…}) go too,
 * so "ACME LTDA" and "Acme" compare alike; {@code sa} and {@code me} are not in that list because Sá is a surname —
 * the normalizer drops a trailing "S.A." / "S/A" instead.
 */
final class NoiseWords {

    static final Set<String> PARTICLES = Set.of(
            "de", "da", "do", "das", "dos", "e", "y", "del", "della", "delle", "dello", "di", "du", "des", "la", "le",
            "van", "von", "der", "den", "ten", "ter", "bin", "ibn", "bint", "binti", "al", "el", "ul");

    static final Set<String> LEGAL_FORMS = Set.of(
            "ltda", "lda", "eireli", "epp", "inc", "llc", "llp", "ltd", "limited", "plc", "corp", "corporation", "co",
            "cia", "company", "companhia", "gmbh", "srl", "sarl", "spa", "bv", "nv", "jsc", "ojsc", "pjsc", "cjsc",
            "ooo", "oao", "zao", "fze", "fzco");

    private NoiseWords() {
    }

    static boolean isNoise(String token) {
        return PARTICLES.contains(token) || LEGAL_FORMS.contains(token);
    }
}
