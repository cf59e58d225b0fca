package kycert.domain.screening;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a screening list as its publisher wrote it, reduced to what matching needs.
 *
 * @param entryId       the publisher's own id for the entry (OFAC {@code ent_num}, UN {@code DATAID}, EU
 *                      {@code logicalId}), or for lists without one a stable id derived from the row
 * @param name          the primary name, as published (not normalized)
 * @param aliases       other names of the same entry (OFAC alt.csv, UN/EU aliases), as published
 * @param documents     full Brazilian documents the entry carries, normalized (CPF 11 digits, CNPJ 14 chars)
 * @param maskedCpfs    the visible middle digits of masked CPFs ({@code ***.982.247-**} → {@code 982247})
 * @param attributes    what an analyst reads beside a hit (program, sanction type, role, dates…), ordered
 */
public record ListEntry(ListId list, String entryId, EntryKind kind, String name, List<String> aliases,
                        List<String> documents, List<String> maskedCpfs, Map<String, String> attributes) {
    public ListEntry {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(kind, "kind");
        if (entryId == null || entryId.isBlank()) throw new IllegalArgumentException("entryId is required");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        documents = List.copyOf(documents);
        maskedCpfs = List.copyOf(maskedCpfs);
        for (String m : maskedCpfs) {
            if (m.length() != 6 || !m.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("a masked CPF keeps exactly its 6 middle digits: " + m);
            }
        }
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
}
