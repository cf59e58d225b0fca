package kycert.domain.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A key's rolling window as a log of the instants of admitted requests (sliding log): exact, so that in no
 * window of {@link #WINDOW} are more than {@code limit} requests admitted, whatever the arrival sequence.
 * The log is kept in ascending order, so an offer costs a binary search and one copy, never a sort.
 */
public record RateWindow(List<Instant> admitted) {
    public static final Duration WINDOW = Duration.ofSeconds(60);
    public static final RateWindow EMPTY = new RateWindow(List.of());

    public RateWindow {
        List<Instant> copy = List.copyOf(admitted);
        if (!ascending(copy)) {
            List<Instant> sorted = new ArrayList<>(copy);
            Collections.sort(sorted);
            copy = List.copyOf(sorted);
        }
        admitted = copy;
    }

    /** The result of offering one request at {@code now}: the decision and the window to keep. */
    public record Outcome(RateDecision decision, RateWindow window) {}

    public Outcome offer(Instant now, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive");
        // entries at or before now - 60 s no longer count; entries after now (a clock that stepped back) still do
        int from = firstAfter(admitted, now.minus(WINDOW));
        // should the limit have been lowered, the oldest surplus goes: it cannot open extra slots
        from = Math.max(from, admitted.size() - limit);
        List<Instant> live = admitted.subList(from, admitted.size());
        if (live.size() < limit) {
            List<Instant> next = new ArrayList<>(live.size() + 1);
            next.addAll(live);
            next.add(firstAfter(live, now), now);
            Instant reset = next.getFirst().plus(WINDOW);
            RateDecision d = new RateDecision(true, limit, limit - next.size(), reset, Duration.ZERO);
            return new Outcome(d, new RateWindow(next));
        }
        Instant reset = live.getFirst().plus(WINDOW);
        Duration wait = Duration.between(now, reset);
        RateDecision d = new RateDecision(false, limit, 0, reset, wait.isNegative() ? Duration.ZERO : wait);
        return new Outcome(d, from == 0 ? this : new RateWindow(live));
    }

    /** Index of the first entry strictly after {@code t} in an ascending list. */
    private static int firstAfter(List<Instant> sorted, Instant t) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).isAfter(t)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static boolean ascending(List<Instant> list) {
        for (int i = 1; i < list.size(); i++) if (list.get(i).isBefore(list.get(i - 1))) return false;
        return true;
    }
}
