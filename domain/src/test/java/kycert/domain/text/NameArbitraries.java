package kycert.domain.text;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Tuple;

/** Names as the API takes them: non-blank clean text whose length in Java chars (UTF-16 units) is bounded, and blanks. */
public final class NameArbitraries {
    private NameArbitraries() {}

    /** Non-blank clean text of 1 to {@code max} Java chars, never splitting a surrogate pair. */
    public static Arbitrary<String> names(int max) {
        Arbitrary<String> anyLength = TextArbitraries.cleanCodePoints().list().ofMinSize(1).ofMaxSize(max)
                .map(parts -> joinWithin(parts, max));
        Arbitrary<String> atTheBound = TextArbitraries.cleanCodePoints().list().ofSize(max)
                .map(parts -> padTo(joinWithin(parts, max), max));
        return Arbitraries.frequencyOf(Tuple.of(4, anyLength), Tuple.of(1, atTheBound))
                .filter(s -> !s.isBlank());
    }

    /** Non-blank clean text of exactly {@code length} Java chars. */
    public static Arbitrary<String> namesOfLength(int length) {
        return names(length).map(s -> padTo(s, length));
    }

    /** The empty string or whitespace only (what {@link String#isBlank()} calls blank). */
    public static Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(" \t\n\r\u2003\u3000").ofMaxLength(8);
    }

    private static String joinWithin(List<String> parts, int max) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (out.length() + part.length() > max) break;
            out.append(part);
        }
        return out.toString();
    }

    private static String padTo(String s, int length) {
        return s + "x".repeat(length - s.length());
    }

    /** Names of 1 to 100 chars: API keys. */
    public static final class NameUpTo100 implements ArbitrarySupplier<String> {
        @Override
        public Arbitrary<String> get() {
            return names(100);
        }
    }

    /** Names of 1 to 200 chars: subjects, templates, tenants. */
    public static final class NameUpTo200 implements ArbitrarySupplier<String> {
        @Override
        public Arbitrary<String> get() {
            return names(200);
        }
    }

    /** Blank text. */
    public static final class Blank implements ArbitrarySupplier<String> {
        @Override
        public Arbitrary<String> get() {
            return blanks();
        }
    }
}
