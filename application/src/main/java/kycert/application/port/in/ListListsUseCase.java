package kycert.application.port.in;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import kycert.domain.screening.ListFreshness;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListVersion;

/** Every list live runs are screened against, with its active version and whether it can vouch for a clean result. */
public interface ListListsUseCase {
    /** One status per list, in {@link ListId} order, read from the store now (not from this node's cache). */
    List<ListStatus> lists();

    /** A list's active version (none: never imported), its age from that import, and its freshness (CONTRACT §8). */
    record ListStatus(ListId list, Option<ListVersion> active, Option<Duration> age, ListFreshness freshness) {
        public ListStatus {
            Objects.requireNonNull(list);
            Objects.requireNonNull(active);
            Objects.requireNonNull(age);
            Objects.requireNonNull(freshness);
        }
    }
}
