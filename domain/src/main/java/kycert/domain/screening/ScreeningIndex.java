package kycert.domain.screening;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import kycert.domain.document.Cpf;

/**
 * One list version ready for screening: built once from its entries, immutable, safe to share between threads.
 *
 * <p>A subject is screened by looking up candidates — entries carrying its document, masked CPFs showing its digits
 * 4–9, and names sharing a word with its own (typos included) — and deciding each with {@link EntryDecision}.
 * No screening visits every entry; the hits are exactly those a full scan with the same rule would find.
 */
public final class ScreeningIndex {

    private final ListId list;
    private final IndexedEntry[] entries;
    private final DocumentIndex documents;
    private final NameIndex names;

    private ScreeningIndex(ListId list, IndexedEntry[] entries) {
        this.list = list;
        this.entries = entries;
        this.documents = DocumentIndex.build(entries);
        this.names = NameIndex.build(entries);
    }

    /** Indexes one list version's entries (all of {@code list}); equal words share one string. */
    public static ScreeningIndex build(ListId list, Iterable<ListEntry> entries) {
        Objects.requireNonNull(list, "list");
        Map<String, String> words = new HashMap<>();
        List<IndexedEntry> indexed = new ArrayList<>();
        for (ListEntry entry : entries) {
            if (entry.list() != list) throw new IllegalArgumentException("entry " + entry.entryId() + " belongs to " + entry.list());
            indexed.add(IndexedEntry.of(entry, w -> words.computeIfAbsent(w, x -> x)));
        }
        return new ScreeningIndex(list, indexed.toArray(IndexedEntry[]::new));
    }

    public ListId list() {
        return list;
    }

    public int size() {
        return entries.length;
    }

    /** The hits for {@code subject} at {@code threshold}, best score first (then entry id), at most one per entry. */
    public List<Hit> screen(ScreeningSubject subject, MatchThreshold threshold) {
        ScreeningQuery query = ScreeningQuery.of(subject);
        TreeSet<Integer> candidates = new TreeSet<>();
        for (int e : documents.withDocument(query.document().value())) candidates.add(e);
        if (query.document() instanceof Cpf cpf) {
            for (int e : documents.withMaskedDigits(DocumentEvidence.visibleDigits(cpf))) candidates.add(e);
        }
        for (var name : query.name()) for (int e : names.candidates(name, query.type(), threshold)) candidates.add(e);
        List<Hit> hits = new ArrayList<>();
        for (int e : candidates) EntryDecision.decide(query, entries[e], threshold).forEach(hits::add);
        hits.sort(Hits.BEST_FIRST);
        return List.copyOf(hits);
    }
}
