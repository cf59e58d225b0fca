package kycert.adapters.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import kycert.domain.pagination.CursorCodec.Position;

/** The listings' order (time desc, then id desc as SQL sorts UUIDs) and the keyset cut after a cursor position. */
final class NewestFirst {
    static final Comparator<Position> ORDER = Comparator.comparing(Position::createdAt)
            .thenComparing(Position::id, Uuids.UNSIGNED).reversed();

    private NewestFirst() {}

    static <T> List<T> page(Stream<T> items, Function<T, Position> position, Option<Position> after, int limit) {
        return items
                .filter(i -> after.forAll(p -> ORDER.compare(position.apply(i), p) > 0))
                .sorted(Comparator.comparing(position, ORDER))
                .limit(limit)
                .toList();
    }
}
