package kycert.adapters.jdbc;

import io.vavr.control.Option;
import java.time.Instant;
import kycert.application.port.out.IdempotencyStorePort;
import kycert.domain.idempotency.IdempotencyRecord;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Idempotency keys in {@code idempotency_keys}, after Brandur Leach's PostgreSQL design: a request takes the key
 * with one conditional upsert (insert, or take over an expired or abandoned row), completes it in the same
 * transaction as its run ({@link JdbcAcceptRun}), or releases it when refused.
 */
final class JdbcIdempotencyRepository implements IdempotencyStorePort {
    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbi jdbi;
    private final Dialect dialect;

    JdbcIdempotencyRepository(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    @Override
    public Option<IdempotencyRecord> find(String scopedKeyHash) {
        return jdbi.withHandle(h -> Option.ofOptional(h.createQuery("""
                                SELECT key_hash, fingerprint, run_id, locked_until, expires_at, answer_status, answer_resource, answer_body
                                  FROM idempotency_keys WHERE key_hash = :hash
                                """)
                        .bind("hash", scopedKeyHash)
                        .mapTo(IdempotencyRow.class)
                        .findOne()))
                .map(IdempotencyRow::toDomain);
    }

    @Override
    public boolean tryLock(IdempotencyRecord lock, Instant now) {
        try {
            return jdbi.withHandle(h -> h.createUpdate(dialect.tryLockSql())
                    .bindMethods(IdempotencyRow.of(lock))
                    .bind("now", EpochNanos.of(now))
                    .execute()) == 1;
        } catch (UnableToExecuteStatementException e) {
            // H2's MERGE can lose an insert race to a concurrent request: that request holds the key
            if (Sql.state(e).contains(UNIQUE_VIOLATION)) return false;
            throw e;
        }
    }

    /** Completes only this very lock (as {@link #release} finds it), never a successor's. */
    @Override
    public boolean complete(IdempotencyRecord lock, IdempotencyRecord completed) {
        IdempotencyRow row = IdempotencyRow.of(completed);
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE idempotency_keys
                           SET answer_status = :answerStatus, answer_resource = :answerResource, answer_body = :answerBody,
                               locked_until = :lockedUntil, expires_at = :expiresAt
                         WHERE key_hash = :hash AND fingerprint = :fingerprint AND run_id IS NULL
                           AND answer_status IS NULL AND locked_until = :heldUntil
                        """)
                .bindMethods(row)
                .bind("hash", lock.scopedKeyHash())
                .bind("heldUntil", EpochNanos.of(lock.lockedUntil()))
                .execute()) == 1;
    }

    /** Deletes only this very lock: unfinished, same fingerprint and lock time, so never a successor's lock. */
    @Override
    public void release(IdempotencyRecord lock) {
        jdbi.useHandle(h -> h.createUpdate("""
                        DELETE FROM idempotency_keys
                         WHERE key_hash = :hash AND fingerprint = :fingerprint AND run_id IS NULL
                           AND answer_status IS NULL AND locked_until = :lockedUntil
                        """)
                .bind("hash", lock.scopedKeyHash())
                .bind("fingerprint", lock.fingerprint().hex())
                .bind("lockedUntil", EpochNanos.of(lock.lockedUntil()))
                .execute());
    }

    @Override
    public int purgeExpired(Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM idempotency_keys WHERE expires_at <= :now")
                .bind("now", EpochNanos.of(now))
                .execute());
    }
}
