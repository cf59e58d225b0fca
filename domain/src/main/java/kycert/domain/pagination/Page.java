package kycert.domain.pagination;

import io.vavr.control.Option;
import java.util.List;

/** One page of a newest-first listing and where the next one starts. */
public record Page<T>(List<T> data, boolean hasMore, Option<String> nextCursor) {
    public Page {
        data = List.copyOf(data);
    }
}
