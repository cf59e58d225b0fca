package kycert.adapters.lists;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import kycert.domain.screening.EntryKind;
import kycert.domain.screening.ListRecord;
import org.apache.commons.csv.CSVRecord;

/**
 * CGU's CEIS, CNEP, CEPIM and PEP CSVs: ISO-8859-1, {@code ;}, every field quoted, a header row whose names must be
 * exactly as published. A CEIS/CNEP row whose {@code CADASTRO} names another register refuses the file. Lists
 * without an id column (CEPIM, PEP) get a stable id: a digest of the row.
 */
final class CguCsvReader implements RecordCursor {
    private final CsvRows rows;
    private final CguLayout layout;
    private final Map<String, Integer> columns = new HashMap<>();
    private final int width;

    CguCsvReader(Entry entry, CguLayout layout) {
        this.rows = new CsvRows(entry, StandardCharsets.ISO_8859_1, ';');
        this.layout = layout;
        CSVRecord header = rows.next();
        if (header == null) throw entry.refused("the file has no header row");
        this.width = header.size();
        for (int i = 0; i < header.size(); i++) columns.putIfAbsent(header.get(i).strip(), i);
        for (String required : layout.required()) {
            if (!columns.containsKey(required)) throw rows.invalid(header, headerProblem(header, required));
        }
    }

    private String headerProblem(CSVRecord header, String missing) {
        String all = String.join(";", header.toList());
        if (all.contains("Ã") || all.contains("Â")) {
            return "the header is not ISO-8859-1 as published (it looks UTF-8 encoded): column '" + missing + "' not found";
        }
        return "the header is not the published " + layout.list().wire().toUpperCase(java.util.Locale.ROOT)
                + " layout: column '" + missing + "' not found";
    }

    @Override
    public ListRecord next() {
        CSVRecord row = rows.nextExcept(CguCsvReader::blank);
        if (row == null) return null;
        return map(row);
    }

    private ListRecord map(CSVRecord row) {
        if (row.size() != width) throw rows.invalid(row, "the row has " + row.size() + " fields, the header " + width);
        if (layout.cadastro() != null && !layout.cadastro().equals(cell(row, "CADASTRO"))) {
            throw rows.invalid(row, "CADASTRO is '" + EntryBuilder.clean(cell(row, "CADASTRO")) + "', not " + layout.cadastro()
                    + ": this is not a " + layout.cadastro() + " file");
        }
        String id = layout.idColumn() == null ? rowDigest(row) : cell(row, layout.idColumn());
        if (id.isBlank()) throw rows.invalid(row, "column '" + layout.idColumn() + "' is empty");
        EntryBuilder entry = new EntryBuilder(layout.list(), id.strip())
                .kind(layout.fixedKind() != null ? layout.fixedKind() : kind(cell(row, layout.kindColumn())))
                .name(cell(row, layout.nameColumn()))
                .documentCell(cell(row, layout.documentColumn()));
        layout.aliasColumns().forEach(column -> entry.alias(cell(row, column)));
        if (!entry.hasName()) throw rows.invalid(row, "column '" + layout.nameColumn() + "' is empty");
        layout.attributes().forEach((key, names) -> names.forEach(column -> entry.attribute(key, cell(row, column))));
        return entry.build();
    }

    private String cell(CSVRecord row, String column) {
        Integer index = columns.get(column);
        return index == null || index >= row.size() ? "" : row.get(index);
    }

    private static boolean blank(CSVRecord row) {
        for (String value : row) if (!value.isBlank()) return false;
        return true;
    }

    private static EntryKind kind(String tipo) {
        String t = EntryBuilder.lower(tipo);
        if (t.equals("f") || t.startsWith("pessoa f") || t.startsWith("física") || t.startsWith("fisica")) return EntryKind.PERSON;
        if (t.equals("j") || t.startsWith("pessoa j") || t.startsWith("jurídica") || t.startsWith("juridica")) return EntryKind.ORGANIZATION;
        return EntryKind.OTHER;
    }

    /** A stable id for a row of a list that has none: the same row in the next file gets the same id. */
    private static String rowDigest(CSVRecord row) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String value : row) {
                sha.update(EntryBuilder.clean(value).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
