package kycert.domain.document;

import java.util.regex.Pattern;

/**
 * Masks every CPF- or CNPJ-shaped token in free text (a log line, an audit detail): 11 digits or 14 characters of
 * a numeric or alphanumeric CNPJ, bare or with any of the standard separators ({@code 529.982.247-25},
 * {@code 12.ABC.345/01DE-35}), standing on its own — not part of a longer run of letters and digits. Shape, not
 * validity: a number that only looks like a document is masked too.
 */
public final class DocumentRedaction {
    /** What a masked document becomes. */
    public static final String MASK = "***";

    private static final Pattern DOCUMENT = Pattern.compile("(?<![0-9A-Za-z])(?:"
            + "[0-9A-Z]{2}\\.?[0-9A-Z]{3}\\.?[0-9A-Z]{3}/?[0-9A-Z]{4}-?[0-9]{2}"
            + "|[0-9]{3}\\.?[0-9]{3}\\.?[0-9]{3}-?[0-9]{2}"
            + ")(?![0-9A-Za-z])");

    private DocumentRedaction() {}

    public static String redact(String text) {
        return DOCUMENT.matcher(text).replaceAll(MASK);
    }
}
