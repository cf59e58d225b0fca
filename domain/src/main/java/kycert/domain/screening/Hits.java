package kycert.domain.screening;

import java.util.Comparator;

/** The order hits are reported in: best score first, then entry id, so equal inputs give equal answers. */
final class Hits {

    static final Comparator<Hit> BEST_FIRST = Comparator.comparingDouble(Hit::score).reversed()
            .thenComparing(Hit::entryId);

    private Hits() {
    }
}
