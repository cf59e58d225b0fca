package kycert.adapters.http.json;

import java.util.Locale;
import kycert.application.port.in.ListListsUseCase.ListStatus;

/**
 * A list as the operator sees it: its active version (null: never imported), its age in seconds from that import,
 * {@code stale} when older than the maximum age, and {@code freshness} ({@code current}, {@code stale}, or
 * {@code unavailable} when never imported) — a list that is not {@code current} cannot vouch for a clean result.
 */
public record ListStatusJson(String list, String object, ListVersionJson activeVersion, Long ageSeconds, boolean stale,
                             String freshness) {
    public static ListStatusJson of(ListStatus s) {
        return new ListStatusJson(s.list().wire(), "list_status", s.active().map(ListVersionJson::active).getOrNull(),
                s.age().map(a -> a.toSeconds()).getOrNull(),
                s.freshness() == kycert.domain.screening.ListFreshness.STALE, s.freshness().name().toLowerCase(Locale.ROOT));
    }
}
