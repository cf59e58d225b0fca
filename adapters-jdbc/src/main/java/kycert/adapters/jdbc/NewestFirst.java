package kycert.adapters.jdbc;

import io.vavr.control.Option;
import kycert.domain.pagination.CursorCodec.Position;
import org.jdbi.v3.core.statement.Query;

/**
 * Keyset pagination newest first on ({@code time column}, id), as every listing pages: the rows strictly after a
 * position, in a stable order, served by an index on (tenant, time DESC, id DESC).
 */
final class NewestFirst {
    private NewestFirst() {}

    /** The condition for rows after {@code after} (empty on the first page), to AND onto a WHERE clause. */
    static String after(String timeColumn, Option<Position> after) {
        return after.isDefined() ? " AND (" + timeColumn + ", id) < (:afterAt, :afterId)" : "";
    }

    /** The ordering and the page size. */
    static String orderAndLimit(String timeColumn) {
        return " ORDER BY " + timeColumn + " DESC, id DESC LIMIT :limit";
    }

    /** Binds what {@link #after} and {@link #orderAndLimit} name. */
    static Query bind(Query q, Option<Position> after, int limit) {
        after.forEach(p -> q.bind("afterAt", EpochNanos.of(p.createdAt())).bind("afterId", p.id()));
        return q.bind("limit", limit);
    }
}
