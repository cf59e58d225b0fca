package kycert.adapters.jdbc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kycert.domain.screening.EntryKind;
import kycert.domain.screening.ListEntry;
import kycert.domain.screening.ListId;

/** A list entry as the JSON text of a {@code list_entries} row; its list comes from the version. */
final class ListEntryJson {
    private ListEntryJson() {}

    static String write(ListEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.entryId());
        m.put("kind", e.kind().name());
        m.put("name", e.name());
        m.put("aliases", e.aliases());
        m.put("documents", e.documents());
        m.put("masked_cpfs", e.maskedCpfs());
        m.put("attributes", e.attributes());
        return Json.write(m);
    }

    @SuppressWarnings("unchecked")
    static ListEntry read(ListId list, String json) {
        Map<String, Object> m = (Map<String, Object>) Json.read(json);
        Map<String, String> attributes = new LinkedHashMap<>();
        ((Map<String, Object>) m.get("attributes")).forEach((k, v) -> attributes.put(k, (String) v));
        return new ListEntry(list, (String) m.get("id"), EntryKind.valueOf((String) m.get("kind")), (String) m.get("name"),
                strings(m.get("aliases")), strings(m.get("documents")), strings(m.get("masked_cpfs")), attributes);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return ((List<Object>) o).stream().map(String.class::cast).toList();
    }
}
