package kycert.adapters.lists;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;
import org.apache.commons.csv.CSVRecord;

/**
 * OFAC {@code sdn.csv}: no header; ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT,
 * Vess_flag, Vess_owner, Remarks; {@code -0-} is null; SDN_Type individual/vessel/aircraft, null for an entity. The
 * file ends with a Ctrl-Z (0x1A) line, skipped.
 */
final class OfacSdnCsvReader implements RecordCursor {
    private static final int FIELDS = 12;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final CsvRows rows;
    private final Map<String, List<String>> aliases;
    private final Map<String, List<String>> overflowIds;

    OfacSdnCsvReader(Entry entry, Map<String, List<String>> aliases, Map<String, List<String>> overflowIds) {
        this.rows = new CsvRows(entry, StandardCharsets.UTF_8, ',', java.nio.charset.CodingErrorAction.REPLACE);
        this.aliases = aliases;
        this.overflowIds = overflowIds;
    }

    @Override
    public ListRecord next() {
        CSVRecord row = rows.nextExcept(OfacSdnCsvReader::endMarker);
        if (row == null) return null;
        if (row.size() != FIELDS) throw rows.invalid(row, "the row has " + row.size() + " fields; sdn.csv has " + FIELDS);
        String entNum = row.get(0).strip();
        if (!DIGITS.matcher(entNum).matches()) throw rows.invalid(row, "ent_num is not a number");
        EntryBuilder entry = new EntryBuilder(ListId.OFAC_SDN, entNum)
                .kind(OfacSdnXmlReader.kind(row.get(2)))
                .name(row.get(1));
        if (!entry.hasName()) throw rows.invalid(row, "SDN_Name is empty");
        aliases.getOrDefault(entNum, List.of()).forEach(entry::alias);
        String remarks = row.get(11);
        Documents.inRemarks(remarks).forEach(entry::document);
        overflowIds.getOrDefault(entNum, List.of()).forEach(entry::document);
        for (String program : EntryBuilder.clean(row.get(3)).split("\\] \\[")) entry.attribute("programs", program);
        entry.attribute("type", row.get(2));
        entry.attribute("title", row.get(4));
        entry.attribute("remarks", remarks);
        return entry.build();
    }

    /** OFAC's files end with a line holding only Ctrl-Z. */
    static boolean endMarker(CSVRecord row) {
        return row.size() == 1 && (row.get(0).strip().equals("\u001A") || row.get(0).isBlank());
    }
}
