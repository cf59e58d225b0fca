package kycert.domain.text;

import io.vavr.control.Option;

/**
 * Text every store keeps and gives back exactly as sent: no control characters (C0 U+0000–U+001F, DEL U+007F,
 * C1 U+0080–U+009F) and no unpaired UTF-16 surrogate. PostgreSQL refuses U+0000 and writes a lone surrogate as
 * '?'; a control character is never meant in a name, an id, an email, a URL or a key. Multi-line text, for a
 * field documented as such, may also hold TAB, LF and CR.
 */
public final class StorableText {
    private StorableText() {}

    /** Why a string is not storable text. */
    public enum Fault {
        CONTROL_CHARACTER("a control character (U+0000–U+001F, U+007F–U+009F)"),
        UNPAIRED_SURROGATE("an unpaired UTF-16 surrogate (U+D800–U+DFFF without its other half)");

        private final String description;

        Fault(String description) {
            this.description = description;
        }

        /** The character class, for an error message. */
        public String description() { return description; }
    }

    /** The first fault of single-line text, or none. */
    public static Option<Fault> fault(String s) {
        return fault(s, false);
    }

    /** As {@link #fault(String)}, with TAB, LF and CR allowed. */
    public static Option<Fault> multiLineFault(String s) {
        return fault(s, true);
    }

    /** Whether {@code c} is a C0 or C1 control character or DEL. */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    private static Option<Fault> fault(String s, boolean multiLine) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                if (!(multiLine && (c == '\t' || c == '\n' || c == '\r'))) return Option.some(Fault.CONTROL_CHARACTER);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) return Option.some(Fault.UNPAIRED_SURROGATE);
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return Option.some(Fault.UNPAIRED_SURROGATE);
            }
        }
        return Option.none();
    }
}
