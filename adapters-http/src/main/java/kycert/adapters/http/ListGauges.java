package kycert.adapters.http;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.ToDoubleFunction;
import kycert.application.port.in.ListListsUseCase;
import kycert.application.port.in.ListListsUseCase.ListStatus;
import kycert.domain.screening.ListId;

/**
 * {@code kycert_list_age_seconds{list}} and {@code kycert_list_rows{list}} in {@code /metrics}: NaN for a list never
 * imported. One store read serves a whole scrape (the statuses are kept for a second).
 */
final class ListGauges {
    private static final long KEEP_NANOS = 1_000_000_000L;

    private final ListListsUseCase lists;
    private List<ListStatus> last = List.of();
    private long readAt;

    private ListGauges(ListListsUseCase lists) {
        this.lists = lists;
    }

    static void register(ListListsUseCase lists, MeterRegistry registry) {
        ListGauges gauges = new ListGauges(lists);
        for (ListId id : ListId.values()) {
            gauges.gauge(registry, "kycert.list.age.seconds", "Seconds since the list's active version was imported", id,
                    s -> s.age().map(a -> (double) a.toSeconds()).getOrElse(Double.NaN));
            gauges.gauge(registry, "kycert.list.rows", "Rows of the list's active version", id,
                    s -> s.active().map(v -> (double) v.rows()).getOrElse(Double.NaN));
        }
    }

    private void gauge(MeterRegistry registry, String name, String help, ListId id, ToDoubleFunction<ListStatus> value) {
        Gauge.builder(name, this, g -> g.status(id).map(value::applyAsDouble).orElse(Double.NaN))
                .description(help).tag("list", id.wire()).strongReference(true).register(registry);
    }

    private synchronized java.util.Optional<ListStatus> status(ListId id) {
        long now = System.nanoTime();
        if (last.isEmpty() || now - readAt > KEEP_NANOS) {
            try {
                last = lists.lists();
                readAt = now;
            } catch (RuntimeException storeDown) {
                return java.util.Optional.empty();
            }
        }
        return last.stream().filter(s -> s.list() == id).findFirst();
    }
}
