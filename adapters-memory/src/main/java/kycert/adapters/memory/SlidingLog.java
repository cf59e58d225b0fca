package kycert.adapters.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import kycert.domain.ratelimit.RateDecision;
import kycert.domain.ratelimit.RateWindow;

/**
 * One key's sliding log, mutable for speed: the same decisions as {@link RateWindow#offer} in amortized O(1)
 * (expired entries leave from the head, a new one joins at the tail). Callers hold the key's map lock.
 */
final class SlidingLog {
    private final ArrayDeque<Instant> admitted = new ArrayDeque<>();

    RateDecision offer(Instant now, int limit) {
        Instant horizon = now.minus(RateWindow.WINDOW);
        while (!admitted.isEmpty() && !admitted.peekFirst().isAfter(horizon)) admitted.pollFirst();
        while (admitted.size() > limit) admitted.pollFirst();
        if (admitted.size() < limit) {
            if (admitted.isEmpty() || !now.isBefore(admitted.peekLast())) {
                admitted.addLast(now);
            } else {
                insertInOrder(now); // the clock stepped back: rare, keep the log sorted anyway
            }
            return new RateDecision(true, limit, limit - admitted.size(), admitted.peekFirst().plus(RateWindow.WINDOW), Duration.ZERO);
        }
        Instant reset = admitted.peekFirst().plus(RateWindow.WINDOW);
        Duration wait = Duration.between(now, reset);
        return new RateDecision(false, limit, 0, reset, wait.isNegative() ? Duration.ZERO : wait);
    }

    /** True when nothing in the log still counts at {@code now}. */
    boolean idle(Instant now) {
        return admitted.isEmpty() || !admitted.peekLast().isAfter(now.minus(RateWindow.WINDOW));
    }

    private void insertInOrder(Instant t) {
        List<Instant> all = new ArrayList<>(admitted);
        int i = all.size();
        while (i > 0 && all.get(i - 1).isAfter(t)) i--;
        all.add(i, t);
        admitted.clear();
        admitted.addAll(all);
    }
}
