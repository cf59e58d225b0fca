package kycert.adapters.http.json;

import java.util.List;
import java.util.function.Function;
import kycert.domain.pagination.Page;

/** A page of resources: {@code {data, has_more, next_cursor}}. */
public record ListJson<T>(List<T> data, boolean hasMore, String nextCursor) {
    public static <D, T> ListJson<T> of(Page<D> page, Function<D, T> render) {
        return new ListJson<>(page.data().stream().map(render).toList(), page.hasMore(), page.nextCursor().getOrNull());
    }

    /** A complete, unpaginated list. */
    public static <D, T> ListJson<T> all(List<D> items, Function<D, T> render) {
        return new ListJson<>(items.stream().map(render).toList(), false, null);
    }
}
