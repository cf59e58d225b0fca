package kycert.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.function.Function;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.pagination.CursorCodec;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.pagination.Page;

/** The one way listings read {@code limit} and {@code cursor} and cut a page with its next cursor. */
final class Paging {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final CursorCodec cursors;

    Paging(CursorCodec cursors) {
        this.cursors = cursors;
    }

    /** A validated page request: how many, and after which item. */
    record Request(int limit, Option<Position> after, String binding) {}

    Either<ApiError, Request> request(String limit, String cursor, String binding) {
        int n = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                n = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > MAX_LIMIT) {
                return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "limit must be an integer from 1 to " + MAX_LIMIT + ".", "limit"));
            }
        }
        int size = n;
        if (cursor == null) return Either.right(new Request(size, Option.none(), binding));
        return cursors.decode(cursor, binding).map(p -> new Request(size, Option.of(p), binding));
    }

    /** Cuts {@code rows} (fetched with limit + 1) into a page; {@code position} names an item's place. */
    <T> Page<T> page(List<T> rows, Request request, Function<T, Position> position) {
        boolean hasMore = rows.size() > request.limit();
        List<T> data = hasMore ? rows.subList(0, request.limit()) : rows;
        Option<String> next = hasMore ? Option.of(cursors.encode(position.apply(data.getLast()), request.binding())) : Option.none();
        return new Page<>(data, hasMore, next);
    }
}
