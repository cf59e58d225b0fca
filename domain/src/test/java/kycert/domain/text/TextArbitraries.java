package kycert.domain.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/** Text generators: clean text from many scripts, and the single characters no store keeps. */
public final class TextArbitraries {
    private TextArbitraries() {}

    /** One clean code point: printable ASCII, Latin-1 letters and signs, CJK, or an emoji (a surrogate pair). */
    public static Arbitrary<String> cleanCodePoints() {
        return Arbitraries.oneOf(
                Arbitraries.chars().range(' ', '~').map(String::valueOf),
                Arbitraries.chars().range('\u00a0', '\u00ff').map(String::valueOf),
                Arbitraries.chars().range('\u4e00', '\u9fff').map(String::valueOf),
                Arbitraries.integers().between(0x1F300, 0x1FAFF).map(cp -> new String(Character.toChars(cp))));
    }

    /** A C0 control, DEL, a C1 control, or a lone high or low surrogate. */
    public static Arbitrary<Character> badChars() {
        return Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u001f'),
                Arbitraries.just('\u007f'),
                Arbitraries.chars().range('\u0080', '\u009f'),
                Arbitraries.chars().range('\ud800', '\udbff'),
                Arbitraries.chars().range('\udc00', '\udfff'));
    }

    /** Clean text of up to 12 code points. */
    public static final class CleanText implements ArbitrarySupplier<String> {
        @Override
        public Arbitrary<String> get() {
            return cleanCodePoints().list().ofMaxSize(12).map(parts -> String.join("", parts));
        }
    }

    /** Any text, clean or not: the clean code points mixed with bad characters. */
    public static final class AnyText implements ArbitrarySupplier<String> {
        @Override
        public Arbitrary<String> get() {
            return Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(4, cleanCodePoints()),
                    net.jqwik.api.Tuple.of(1, badChars().map(String::valueOf)))
                    .list().ofMaxSize(12).map(parts -> String.join("", parts));
        }
    }

    /** A bad character. */
    public static final class BadChar implements ArbitrarySupplier<Character> {
        @Override
        public Arbitrary<Character> get() {
            return badChars();
        }
    }
}
