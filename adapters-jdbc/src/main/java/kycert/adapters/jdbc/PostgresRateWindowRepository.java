package kycert.adapters.jdbc;

import java.time.Instant;
import kycert.application.port.out.RateWindowPort;
import kycert.domain.apikey.ApiKeyId;
import kycert.domain.ratelimit.RateDecision;
import kycert.domain.ratelimit.RateWindow;
import org.jdbi.v3.core.Jdbi;

/**
 * Rolling windows shared by every node, one round trip per request: {@code kycert_rate_admit} (migration V4) locks
 * the key's row, deletes the admissions that left the window, admits or refuses and saves in one statement, with
 * {@link RateWindow#offer}'s rule.
 */
final class PostgresRateWindowRepository implements RateWindowPort {
    private final Jdbi jdbi;

    PostgresRateWindowRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** What the function answers. */
    public record Admission(boolean ok, int used, long oldest) {}

    @Override
    public RateDecision admit(ApiKeyId key, int limit, Instant now) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive");
        Admission a = jdbi.withHandle(h -> h.createQuery("SELECT ok, used, oldest FROM kycert_rate_admit(:key, :limit, :now, :window)")
                .bind("key", key.value())
                .bind("limit", limit)
                .bind("now", EpochNanos.of(now))
                .bind("window", EpochNanos.of(RateWindow.WINDOW))
                .mapTo(Admission.class)
                .one());
        return RateWindows.decision(a.ok(), limit, a.used(), EpochNanos.instant(a.oldest()), now);
    }

    /**
     * Deletes windows whose newest admission left the window, with their admissions, in one statement: the window
     * rows are locked first, so an admission racing the purge either lands in a window the purge no longer deletes
     * (it moved {@code newest}) or waits and starts a fresh window.
     */
    @Override
    public int purgeIdle(Instant now) {
        return jdbi.withHandle(h -> h.createQuery("""
                        WITH idle AS (DELETE FROM rate_windows WHERE newest <= :horizon RETURNING key_id),
                             gone AS (DELETE FROM rate_admissions a USING idle WHERE a.key_id = idle.key_id)
                        SELECT count(*) FROM idle
                        """)
                .bind("horizon", RateWindows.horizon(now))
                .mapTo(Integer.class)
                .one());
    }
}
