package kycert.domain.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A list entry with its names normalized once: slot 0 is the primary name, slots 1… its aliases in order. */
record IndexedEntry(ListEntry entry, List<NormalizedName> names) {

    IndexedEntry {
        names = List.copyOf(names);
    }

    static IndexedEntry of(ListEntry entry) {
        return of(entry, UnaryOperator.identity());
    }

    /** {@code intern} lets the index share one copy of each token across all entries. */
    static IndexedEntry of(ListEntry entry, UnaryOperator<String> intern) {
        List<NormalizedName> names = new ArrayList<>(1 + entry.aliases().size());
        names.add(normalize(entry.name(), intern));
        for (String alias : entry.aliases()) names.add(normalize(alias, intern));
        return new IndexedEntry(entry, names);
    }

    /** The name or alias in {@code slot}, as published. */
    String published(int slot) {
        return slot == 0 ? entry.name() : entry.aliases().get(slot - 1);
    }

    private static NormalizedName normalize(String raw, UnaryOperator<String> intern) {
        List<String> tokens = new ArrayList<>(NameNormalizer.normalize(raw).tokens());
        tokens.replaceAll(intern);
        return new NormalizedName(tokens);
    }
}
