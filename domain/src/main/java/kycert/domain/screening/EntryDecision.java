package kycert.domain.screening;

import io.vavr.control.Option;
import java.util.EnumSet;

/**
 * Whether one entry is a hit for a subject, and why — the whole rule, applied alike by the index to its candidates
 * and by a full scan. Order: a full document decides; a homonym is out; the entry kind must fit the subject; then the
 * name must reach the threshold (with a masked CPF, both must agree).
 */
final class EntryDecision {

    private EntryDecision() {
    }

    static Option<Hit> decide(ScreeningQuery query, IndexedEntry indexed, MatchThreshold threshold) {
        ListEntry entry = indexed.entry();
        DocumentEvidence evidence = DocumentEvidence.of(entry, query.document());
        return switch (evidence) {
            case SAME -> Option.of(new Hit(entry.list(), entry.entryId(), entry.name(), 1.0, EnumSet.of(MatchedOn.DOCUMENT)));
            case CONFLICTING -> Option.none();
            case MASKED_AGREES, NONE -> {
                if (!KindRule.admits(entry.kind(), query.type())) yield Option.none();
                yield query.name()
                        .flatMap(name -> NameMatch.best(name, indexed))
                        .filter(match -> threshold.admits(match.score()))
                        .map(match -> nameHit(indexed, match, evidence == DocumentEvidence.MASKED_AGREES));
            }
        };
    }

    private static Hit nameHit(IndexedEntry indexed, NameMatch match, boolean masked) {
        EnumSet<MatchedOn> on = EnumSet.of(match.matchedOn());
        if (masked) on.add(MatchedOn.MASKED_DOCUMENT);
        ListEntry entry = indexed.entry();
        return new Hit(entry.list(), entry.entryId(), indexed.published(match.slot()), reported(match.score()), on);
    }

    /** Four decimals are what an analyst reads; the threshold was compared with the exact score. */
    private static double reported(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
