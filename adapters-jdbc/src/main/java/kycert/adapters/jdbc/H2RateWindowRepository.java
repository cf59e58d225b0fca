package kycert.adapters.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kycert.application.port.out.RateWindowPort;
import kycert.domain.apikey.ApiKeyId;
import kycert.domain.ratelimit.RateDecision;
import kycert.domain.ratelimit.RateWindow;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Rolling windows on the embedded database (migration V4): a short transaction locks the key's row (SELECT … FOR
 * UPDATE), deletes the admissions that left the window and admits or refuses with {@link RateWindow#offer}'s rule.
 * One process owns an H2 file, so its round trips cost microseconds.
 */
final class H2RateWindowRepository implements RateWindowPort {
    private static final int ATTEMPTS = 5;

    private final Jdbi jdbi;

    H2RateWindowRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public RateDecision admit(ApiKeyId key, int limit, Instant now) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive");
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> admit(h, key.value(), limit, now));
            } catch (RuntimeException e) {
                // two first requests for a key race to create its row; the loser retries and finds it
                if (attempt >= ATTEMPTS || !Sql.state(e).contains("23505")) throw e;
            }
        }
    }

    private static RateDecision admit(Handle h, UUID key, int limit, Instant now) {
        long at = EpochNanos.of(now);
        h.createUpdate("""
                        MERGE INTO rate_windows w USING (VALUES (CAST(:key AS UUID))) AS v(key_id) ON w.key_id = v.key_id
                        WHEN NOT MATCHED THEN INSERT (key_id, used, newest) VALUES (v.key_id, 0, :now)
                        """)
                .bind("key", key)
                .bind("now", at)
                .execute();
        int used = h.createQuery("SELECT used FROM rate_windows WHERE key_id = :key FOR UPDATE")
                .bind("key", key)
                .mapTo(Integer.class)
                .one();
        used -= h.createUpdate("DELETE FROM rate_admissions WHERE key_id = :key AND at <= :horizon")
                .bind("key", key)
                .bind("horizon", RateWindows.horizon(now))
                .execute();
        if (used > limit) {
            // a lowered limit: only the newest `limit` admissions still count
            h.createUpdate("""
                            DELETE FROM rate_admissions WHERE _ROWID_ IN
                              (SELECT _ROWID_ FROM rate_admissions WHERE key_id = :key ORDER BY at LIMIT :excess)
                            """)
                    .bind("key", key)
                    .bind("excess", used - limit)
                    .execute();
            used = limit;
        }
        boolean ok = used < limit;
        if (ok) {
            h.createUpdate("INSERT INTO rate_admissions (key_id, at) VALUES (:key, :at)").bind("key", key).bind("at", at).execute();
            used++;
        }
        h.createUpdate("UPDATE rate_windows SET used = :used, newest = CASE WHEN :ok AND newest < :at THEN :at ELSE newest END WHERE key_id = :key")
                .bind("used", used)
                .bind("ok", ok)
                .bind("at", at)
                .bind("key", key)
                .execute();
        long oldest = h.createQuery("SELECT MIN(at) FROM rate_admissions WHERE key_id = :key")
                .bind("key", key)
                .mapTo(Long.class)
                .one();
        return RateWindows.decision(ok, limit, used, EpochNanos.instant(oldest), now);
    }

    /** Deletes windows whose newest admission left the window, with their admissions; the window rows are locked first. */
    @Override
    public int purgeIdle(Instant now) {
        return jdbi.inTransaction(h -> {
            List<UUID> idle = h.createQuery("SELECT key_id FROM rate_windows WHERE newest <= :horizon FOR UPDATE")
                    .bind("horizon", RateWindows.horizon(now))
                    .mapTo(UUID.class)
                    .list();
            if (idle.isEmpty()) return 0;
            h.createUpdate("DELETE FROM rate_admissions WHERE key_id IN (<keys>)").bindList("keys", idle).execute();
            return h.createUpdate("DELETE FROM rate_windows WHERE key_id IN (<keys>)").bindList("keys", idle).execute();
        });
    }
}
