package kycert.adapters.jdbc;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** PostgreSQL: upserts with ON CONFLICT, a queue claim in one statement with SKIP LOCKED, LISTEN/NOTIFY. */
final class PostgresDialect implements Dialect {
    static final String RUNS_CHANNEL = "kycert_runs";

    @Override
    public List<String> migrationLocations() {
        return List.of("classpath:db/migration/common", "classpath:db/migration/postgresql");
    }

    @Override
    public String tryLockSql() {
        return """
                INSERT INTO idempotency_keys AS k (key_hash, fingerprint, run_id, locked_until, expires_at)
                VALUES (:keyHash, :fingerprint, CAST(:runId AS UUID), :lockedUntil, :expiresAt)
                ON CONFLICT (key_hash) DO UPDATE
                   SET fingerprint = EXCLUDED.fingerprint, run_id = EXCLUDED.run_id,
                       locked_until = EXCLUDED.locked_until, expires_at = EXCLUDED.expires_at,
                       answer_status = NULL, answer_resource = NULL, answer_body = NULL
                 WHERE k.expires_at <= :now OR (k.run_id IS NULL AND k.answer_status IS NULL AND k.locked_until <= :now)
                """;
    }

    @Override
    public String upsertIdempotencySql() {
        return """
                INSERT INTO idempotency_keys (key_hash, fingerprint, run_id, locked_until, expires_at)
                VALUES (:keyHash, :fingerprint, CAST(:runId AS UUID), :lockedUntil, :expiresAt)
                ON CONFLICT (key_hash) DO UPDATE
                   SET fingerprint = EXCLUDED.fingerprint, run_id = EXCLUDED.run_id,
                       locked_until = EXCLUDED.locked_until, expires_at = EXCLUDED.expires_at
                """;
    }

    @Override
    public String upsertSettingSql() {
        return "INSERT INTO settings (setting_name, setting_value) VALUES (:name, :value)"
                + " ON CONFLICT (setting_name) DO UPDATE SET setting_value = EXCLUDED.setting_value";
    }

    @Override
    public List<UUID> claim(Handle h, WorkTable table, long now, long until, int max) {
        // SKIP LOCKED: concurrent claimers on any node pass over each other's rows instead of queueing behind them
        return h.createQuery(String.format("""
                        UPDATE %1$s SET available_at = :until
                         WHERE %2$s IN (SELECT %2$s FROM %1$s
                                         WHERE available_at <= :now
                                         ORDER BY available_at, %2$s
                                         LIMIT :max
                                         FOR UPDATE SKIP LOCKED)
                        RETURNING %2$s
                        """, table.table(), table.id()))
                .bind("now", now)
                .bind("until", until)
                .bind("max", max)
                .mapTo(UUID.class)
                .list();
    }

    @Override
    public void notify(Handle h, String channel, String payload) {
        h.createQuery("SELECT pg_notify(:channel, :payload)")
                .bind("channel", channel)
                .bind("payload", payload)
                .mapTo(String.class)
                .one();
    }
}
