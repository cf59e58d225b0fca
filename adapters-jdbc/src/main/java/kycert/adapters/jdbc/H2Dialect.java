package kycert.adapters.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** H2 (embedded, one process): upserts with MERGE, an optimistic queue claim, no cross-node signals. */
final class H2Dialect implements Dialect {
    private static final int SPARE_CANDIDATES = 7;
    private static final int CLAIM_ROUNDS = 4;

    @Override
    public List<String> migrationLocations() {
        return List.of("classpath:db/migration/common", "classpath:db/migration/h2");
    }

    @Override
    public String tryLockSql() {
        return """
                MERGE INTO idempotency_keys k
                USING (VALUES (CAST(:keyHash AS VARCHAR(255)))) AS v(key_hash) ON k.key_hash = v.key_hash
                WHEN MATCHED AND (k.expires_at <= :now OR (k.run_id IS NULL AND k.answer_status IS NULL AND k.locked_until <= :now)) THEN
                    UPDATE SET fingerprint = :fingerprint, run_id = CAST(:runId AS UUID), locked_until = :lockedUntil, expires_at = :expiresAt,
                               answer_status = NULL, answer_resource = NULL, answer_body = NULL
                WHEN NOT MATCHED THEN
                    INSERT (key_hash, fingerprint, run_id, locked_until, expires_at)
                    VALUES (:keyHash, :fingerprint, CAST(:runId AS UUID), :lockedUntil, :expiresAt)
                """;
    }

    @Override
    public String upsertIdempotencySql() {
        return """
                MERGE INTO idempotency_keys (key_hash, fingerprint, run_id, locked_until, expires_at) KEY (key_hash)
                VALUES (:keyHash, :fingerprint, CAST(:runId AS UUID), :lockedUntil, :expiresAt)
                """;
    }

    @Override
    public String upsertSettingSql() {
        return "MERGE INTO settings (setting_name, setting_value) KEY (setting_name) VALUES (:name, :value)";
    }

    /**
     * Optimistic: read a few available rows without locks, then keep those a conditional update still finds
     * available. (H2's SELECT … FOR UPDATE locks every matching row before applying LIMIT, which would make a claim
     * cost as much as the whole backlog.) A claim that has taken nothing reads again until it wins a row or finds
     * none available, so it never comes back empty while work is waiting; one that has won something stops filling
     * its batch after a few rounds.
     */
    @Override
    public List<UUID> claim(Handle h, WorkTable table, long now, long until, int max) {
        List<UUID> taken = new ArrayList<>();
        for (int round = 0; taken.size() < max && (taken.isEmpty() || round < CLAIM_ROUNDS); round++) {
            List<UUID> candidates = h.createQuery(String.format("""
                            SELECT %2$s FROM %1$s WHERE available_at <= :now ORDER BY available_at, %2$s LIMIT :n
                            """, table.table(), table.id()))
                    .bind("now", now)
                    .bind("n", max + SPARE_CANDIDATES)
                    .mapTo(UUID.class)
                    .list();
            if (candidates.isEmpty()) break;
            for (UUID id : candidates) {
                if (taken.size() >= max) break;
                int won = h.createUpdate(String.format("""
                                UPDATE %1$s SET available_at = :until WHERE %2$s = :id AND available_at <= :now
                                """, table.table(), table.id()))
                        .bind("until", until)
                        .bind("now", now)
                        .bind("id", id)
                        .execute();
                if (won == 1) taken.add(id);
            }
        }
        return taken;
    }

    @Override
    public void notify(Handle h, String channel, String payload) {
        // one process owns an embedded database: the in-process signals suffice
    }
}
