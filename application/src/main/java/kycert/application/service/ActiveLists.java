package kycert.application.service;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kycert.application.port.out.ListVersionStorePort;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListVersion;
import kycert.domain.screening.ListVersionId;
import kycert.domain.screening.ScreeningIndex;

/**
 * The active version of each list as this node sees it — re-read from the store at most every {@code recheck}, and
 * at once after an import here — with one {@link ScreeningIndex} per active version, built on first use.
 */
public final class ActiveLists {
    private final ListVersionStorePort store;
    private final Clock clock;
    private final Duration recheck;
    private final Map<ListVersionId, ScreeningIndex> indexes = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot;

    public ActiveLists(ListVersionStorePort store, Clock clock, Duration recheck) {
        this.store = store;
        this.clock = clock;
        this.recheck = recheck;
    }

    /** The versions one screening uses throughout (a run sees the old version of a list or the new, never a mix). */
    public Snapshot current() {
        Snapshot s = snapshot;
        return due(s) ? refreshIfDue() : s;
    }

    // one reader re-reads the store when the interval is over; the runs that arrive meanwhile take its result
    private synchronized Snapshot refreshIfDue() {
        Snapshot s = snapshot;
        return due(s) ? refresh() : s;
    }

    private boolean due(Snapshot s) {
        return s == null || !clock.instant().isBefore(s.readAt().plus(recheck));
    }

    /** Re-reads the active versions now and forgets the indexes of versions no longer active. */
    public synchronized Snapshot refresh() {
        Snapshot s = new Snapshot(Map.copyOf(store.activeVersions()), clock.instant());
        snapshot = s;
        indexes.keySet().removeIf(id -> s.active().values().stream().noneMatch(v -> v.id().equals(id)));
        return s;
    }

    /** The index of an active version of a list of names. */
    public ScreeningIndex index(ListVersion version) {
        return indexes.computeIfAbsent(version.id(), id -> ScreeningIndex.build(version.list(), store.entries(id)));
    }

    /** The active versions read at {@code readAt}. */
    public record Snapshot(Map<ListId, ListVersion> active, Instant readAt) {
        public Option<ListVersion> of(ListId list) {
            return Option.of(active.get(list));
        }
    }
}
