package kycert.adapters.lists;

import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;
import org.apache.commons.csv.CSVRecord;

/**
 * The EU FSF consolidated CSV: UTF-8, {@code ;}, a header ({@code fileGenerationDate;Entity_LogicalId;…;
 * NameAlias_WholeName;…}); one row per combination of an entity's names, addresses, identifications…, the rows of
 * one entity together. Consecutive rows of one {@code Entity_LogicalId} make one entry (memory: one entity).
 */
final class EuFsfCsvReader implements RecordCursor {
    private static final String ID = "Entity_LogicalId";
    private static final String WHOLE_NAME = "NameAlias_WholeName";

    private final CsvRows rows;
    private final Map<String, Integer> columns = new HashMap<>();
    private final Set<String> finished = new HashSet<>();
    private CSVRecord pending;
    private Option<Instant> published = Option.none();

    EuFsfCsvReader(Entry entry) {
        this.rows = new CsvRows(entry, StandardCharsets.UTF_8, ';');
        CSVRecord header = rows.next();
        if (header == null) throw entry.refused("the file has no header row");
        for (int i = 0; i < header.size(); i++) columns.putIfAbsent(header.get(i).replace("\uFEFF", "").strip(), i);
        for (String required : new String[] {ID, WHOLE_NAME}) {
            if (!columns.containsKey(required)) {
                throw rows.invalid(header, "the header is not the published EU FSF layout: column '" + required + "' not found");
            }
        }
        if (!columns.containsKey("Entity_SubjectType") && !columns.containsKey("Entity_SubjectType_ClassificationCode")) {
            throw rows.invalid(header, "the header is not the published EU FSF layout: column 'Entity_SubjectType' not found");
        }
        pending = nextRow();
    }

    @Override
    public Option<Instant> publishedAt() { return published; }

    @Override
    public ListRecord next() {
        if (pending == null) return null;
        CSVRecord first = pending;
        String id = cell(first, ID);
        if (id.isEmpty()) throw rows.invalid(first, "column '" + ID + "' is empty");
        if (!finished.add(id)) throw rows.invalid(first, "the rows of entity " + id + " are not together as published");
        String subject = cell(first, "Entity_SubjectType").isEmpty() ? cell(first, "Entity_SubjectType_ClassificationCode")
                : cell(first, "Entity_SubjectType");
        EntryBuilder entry = new EntryBuilder(ListId.EU_FSF, id).kind(EuFsfXmlReader.kind(subject));
        CSVRecord row = first;
        while (row != null && id.equals(cell(row, ID))) {
            add(entry, row);
            row = nextRow();
        }
        pending = row;
        if (!entry.hasName()) throw rows.invalid(first, "entity " + id + " has no name");
        entry.attribute("subject_type", subject);
        return entry.build();
    }

    private void add(EntryBuilder entry, CSVRecord row) {
        String whole = cell(row, WHOLE_NAME);
        entry.name(whole.isEmpty()
                ? String.join(" ", cell(row, "NameAlias_FirstName"), cell(row, "NameAlias_MiddleName"), cell(row, "NameAlias_LastName"))
                : whole);
        if (Documents.brazil(cell(row, "Identification_CountryIso2Code")) || Documents.brazil(cell(row, "Identification_CountryDescription"))) {
            Documents.full(cell(row, "Identification_Number")).forEach(entry::document);
        }
        entry.attribute("programme", cell(row, "Entity_Regulation_Programme"));
        entry.attribute("eu_reference_number", cell(row, "Entity_EU_ReferenceNumber"));
        entry.attribute("un_id", cell(row, "Entity_UnitedNationId"));
        entry.attribute("designation_date", cell(row, "Entity_DesignationDate"));
    }

    private CSVRecord nextRow() {
        CSVRecord row = rows.nextExcept(r -> r.size() == 1 && r.get(0).isBlank());
        if (row != null && published.isEmpty()) published = PublicationDates.euDate(cell(row, "fileGenerationDate"));
        return row;
    }

    private String cell(CSVRecord row, String column) {
        Integer index = columns.get(column);
        return index == null || index >= row.size() ? "" : row.get(index).strip();
    }
}
