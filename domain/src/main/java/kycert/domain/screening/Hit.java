package kycert.domain.screening;

import java.util.Objects;
import java.util.Set;

/**
 * One list entry that matched a subject, with its explanation. The caller adds the list version it screened against.
 *
 * @param matchedName the entry's name or alias that matched, as published (the primary name for a document hit)
 * @param score       0..1 to four decimals; 1.0 for a full document
 */
public record Hit(ListId list, String entryId, String matchedName, double score, Set<MatchedOn> matchedOn) {
    public Hit {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(matchedName, "matchedName");
        if (!(score >= 0.0 && score <= 1.0)) throw new IllegalArgumentException("a score lies in 0..1: " + score);
        matchedOn = Set.copyOf(matchedOn);
        if (matchedOn.isEmpty()) throw new IllegalArgumentException("a hit says what it matched on");
    }
}
