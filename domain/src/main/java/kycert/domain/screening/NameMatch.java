package kycert.domain.screening;

import io.vavr.control.Option;

/** The best of an entry's names against the subject's: its slot (0 primary, 1… aliases) and score. */
record NameMatch(int slot, double score) {

    static Option<NameMatch> best(NormalizedName subject, IndexedEntry entry) {
        NameMatch best = null;
        for (int slot = 0; slot < entry.names().size(); slot++) {
            double score = NameSimilarity.score(subject, entry.names().get(slot));
            // Strictly better only: on a tie the primary name (or the earlier alias) explains the hit.
            if (score > 0 && (best == null || score > best.score)) best = new NameMatch(slot, score);
        }
        return Option.of(best);
    }

    MatchedOn matchedOn() {
        return slot == 0 ? MatchedOn.NAME : MatchedOn.ALIAS;
    }
}
