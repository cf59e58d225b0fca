package kycert.domain.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kycert.domain.document.DocumentArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;

/** jqwik generators of names, their variants and list entries, shared with other modules through the domain test-jar. */
public final class ScreeningArbitraries {

    /** Words of Brazilian and international names, accented as written; none is a particle or a legal form. */
    static final List<String> WORDS = List.of(
            "João", "José", "Maria", "Ana", "Antônio", "Luís", "Márcia", "Conceição", "Sebastião", "Júlia", "Cláudio",
            "Silva", "Santos", "Souza", "Pereira", "Gonçalves", "Araújo", "Magalhães", "Brandão", "Assunção", "Lima",
            "Mohammed", "Mohamed", "Hassan", "Hussein", "Ibrahim", "Rahman", "Vladimir", "Petrov", "Ivanov", "Müller",
            "Schmidt", "González", "Rodríguez", "Lefèvre", "O'Connor", "Filho", "Neto", "Costa", "Castro", "Carla",
            "Carlos", "Paulo", "Paula", "Mario", "Marcos", "Sá", "Li", "Wei", "Kim");

    private ScreeningArbitraries() {
    }

    /** Names of one to four words from {@link #WORDS}. */
    public static Arbitrary<List<String>> nameWords() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4);
    }

    /** One word with one typo (substitution, deletion, insertion or swap), or itself. */
    public static Arbitrary<String> typo(String word) {
        if (word.length() < 3) return Arbitraries.just(word);
        Arbitrary<Integer> at = Arbitraries.integers().between(1, word.length() - 2);
        Arbitrary<Character> letter = Arbitraries.chars().range('a', 'z');
        return Combinators.combine(Arbitraries.integers().between(0, 4), at, letter).as((kind, i, c) -> switch (kind) {
            case 0 -> word.substring(0, i) + c + word.substring(i + 1);
            case 1 -> word.substring(0, i) + word.substring(i + 1);
            case 2 -> word.substring(0, i) + c + word.substring(i);
            case 3 -> word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
            default -> word;
        });
    }

    /** A name as a list might spell it: some words with a typo, some reduced to an initial. */
    public static Arbitrary<String> spelledLike(List<String> words) {
        List<Arbitrary<String>> each = new ArrayList<>();
        for (String w : words) each.add(Arbitraries.oneOf(Arbitraries.just(w), typo(w), Arbitraries.just(w.charAt(0) + ".")));
        return Combinators.combine(each).as(ws -> String.join(" ", ws));
    }

    /** The same name written differently: shuffled, recased, accents dropped, punctuation and particles added. */
    public static Arbitrary<String> writtenDifferently(List<String> words) {
        Arbitrary<List<String>> order = Arbitraries.shuffle(words);
        Arbitrary<String> glue = Arbitraries.of(" ", "  ", ", ", " - ", " da ", " de ", " dos ", " e ", " van ", "-", "; ", "\t");
        Arbitrary<String> lead = Arbitraries.of("", "de ", "- ", "\"", " (");
        Arbitrary<String> trail = Arbitraries.of("", ".", " e", ")", " ;");
        return Combinators.combine(order, glue.list().ofSize(words.size()), lead, trail, Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as((ws, glues, before, after, upper, plain) -> {
            StringBuilder out = new StringBuilder(before);
            for (int i = 0; i < ws.size(); i++) out.append(i == 0 ? "" : glues.get(i)).append(ws.get(i));
            String s = out.append(after).toString();
            if (plain) s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            return upper ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
        });
    }

    /** Entries of {@code list} named from {@link #WORDS} with typos and initials, a few aliases, and random documents. */
    public static Arbitrary<ListEntry> entries(ListId list) {
        Arbitrary<String> name = nameWords().flatMap(ScreeningArbitraries::spelledLike);
        Arbitrary<List<String>> documents = Arbitraries.oneOf(
                Arbitraries.just(List.<String>of()),
                DocumentArbitraries.cpfs().map(d -> List.of(d.value())),
                DocumentArbitraries.cnpjs().map(d -> List.of(d.value())));
        Arbitrary<List<String>> masked = Arbitraries.oneOf(Arbitraries.just(List.<String>of()),
                Arbitraries.strings().numeric().ofLength(6).map(List::of));
        return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of(EntryKind.class), name, name.list().ofMaxSize(2), documents, masked)
                .as((id, kind, primary, aliases, docs, m) -> new ListEntry(list, id, kind, primary, aliases, docs, m, Map.of()));
    }

    /** Names from {@link #WORDS}. */
    public static class NameWords implements ArbitrarySupplier<List<String>> {
        @Override
        public Arbitrary<List<String>> get() {
            return nameWords();
        }
    }

    /** Any text a file or a request could carry as a name, letters and symbols of every script included. */
    public static class AnyNames implements ArbitrarySupplier<String> {
        @Override
        public Arbitrary<String> get() {
            return Arbitraries.oneOf(nameWords().flatMap(ScreeningArbitraries::spelledLike),
                    Arbitraries.strings().ofMaxLength(40));
        }
    }

    /** Sanctions-list entries with typos, initials, aliases and random documents. */
    public static class SanctionsEntries implements ArbitrarySupplier<ListEntry> {
        @Override
        public Arbitrary<ListEntry> get() {
            return entries(ListId.OFAC_SDN);
        }
    }

    /** Thresholds a template may set. */
    public static class Thresholds implements ArbitrarySupplier<MatchThreshold> {
        @Override
        public Arbitrary<MatchThreshold> get() {
            return Arbitraries.doubles().between(MatchThreshold.MIN, 1.0).map(MatchThreshold::new);
        }
    }
}
