package kycert.adapters.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kycert.domain.screening.EntryKind;
import kycert.domain.screening.ListEntry;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;

/** Collects one entry's names, documents and attributes, dropping blanks and repeats, then builds the domain record. */
final class EntryBuilder {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final ListId list;
    private final String entryId;
    private EntryKind kind = EntryKind.OTHER;
    private String name = "";
    private final List<String> aliases = new ArrayList<>();
    private final List<String> documents = new ArrayList<>();
    private final List<String> masked = new ArrayList<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();

    EntryBuilder(ListId list, String entryId) {
        this.list = list;
        this.entryId = entryId;
    }

    EntryBuilder kind(EntryKind kind) { this.kind = kind; return this; }

    /** The first non-blank name given is the entry's name; later ones are aliases. */
    EntryBuilder name(String name) {
        String n = clean(name);
        if (n.isEmpty()) return this;
        if (this.name.isEmpty()) this.name = n;
        else alias(n);
        return this;
    }

    EntryBuilder alias(String alias) {
        String a = clean(alias);
        if (a.isEmpty() || a.equalsIgnoreCase(name)) return this;
        for (String known : aliases) if (known.equalsIgnoreCase(a)) return this;
        aliases.add(a);
        return this;
    }

    EntryBuilder document(String normalized) {
        if (!documents.contains(normalized)) documents.add(normalized);
        return this;
    }

    EntryBuilder maskedCpf(String sixDigits) {
        if (!masked.contains(sixDigits)) masked.add(sixDigits);
        return this;
    }

    /** A CGU document cell: a full CPF/CNPJ, or a masked CPF; anything else is dropped (never kept in clear). */
    EntryBuilder documentCell(String cell) {
        Documents.full(cell).forEach(this::document);
        Documents.masked(cell).forEach(this::maskedCpf);
        return this;
    }

    EntryBuilder attribute(String key, String value) {
        String v = clean(value);
        if (v.isEmpty()) return this;
        attributes.merge(key, v, (a, b) -> a.equals(b) || a.contains(b) ? a : a + "; " + b);
        return this;
    }

    boolean hasName() { return !name.isEmpty(); }

    ListRecord build() {
        return new ListRecord.Entry(new ListEntry(list, entryId, kind, name, aliases, documents, masked, attributes));
    }

    /** Trims, folds runs of whitespace, and drops OFAC's {@code -0-} null marker. */
    static String clean(String value) {
        if (value == null) return "";
        String v = SPACES.matcher(value.strip()).replaceAll(" ");
        return v.equals("-0-") ? "" : v;
    }

    static String lower(String value) { return clean(value).toLowerCase(Locale.ROOT); }
}
