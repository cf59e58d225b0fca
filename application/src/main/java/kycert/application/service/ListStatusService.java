package kycert.application.service;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kycert.application.port.in.ListListsUseCase;
import kycert.application.port.out.ListVersionStorePort;
import kycert.domain.screening.ListFreshness;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListVersion;

/** The lists' status for the operator, metrics and readiness, with the same freshness rule the live bureau applies. */
public final class ListStatusService implements ListListsUseCase {
    private final ListVersionStorePort store;
    private final Clock clock;
    private final Duration maxAge;

    public ListStatusService(ListVersionStorePort store, Clock clock, Duration maxAge) {
        this.store = store;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public List<ListStatus> lists() {
        Map<ListId, ListVersion> active = store.activeVersions();
        Instant now = clock.instant();
        return Arrays.stream(ListId.values()).map(list -> {
            Option<ListVersion> version = Option.of(active.get(list));
            return new ListStatus(list, version, version.map(v -> Duration.between(v.importedAt(), now)),
                    ListFreshness.of(version, now, maxAge));
        }).toList();
    }
}
