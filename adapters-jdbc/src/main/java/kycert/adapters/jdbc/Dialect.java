package kycert.adapters.jdbc;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** The few statements whose SQL differs between PostgreSQL and H2; everything else is portable. */
sealed interface Dialect permits PostgresDialect, H2Dialect {

    /** Flyway locations: the portable schema plus this vendor's own migrations. */
    List<String> migrationLocations();

    /**
     * Inserts the lock row, or takes over the stored row when it expired or was abandoned at {@code :now}; one row
     * affected means the key is ours. Binds {@link IdempotencyRow}'s fields and {@code :now}.
     */
    String tryLockSql();

    /** Stores a completed idempotency record whatever is stored under its hash. Binds {@link IdempotencyRow}'s fields. */
    String upsertIdempotencySql();

    /** Sets {@code :name} to {@code :value} in settings, inserting or replacing it; one row affected. */
    String upsertSettingSql();

    /**
     * Leases up to {@code max} rows of a work table ({@code run_queue}, {@code webhook_deliveries}) whose
     * {@code available_at} has come at {@code now} — never claimed, due again, or a lapsed lease — by moving it to
     * {@code until}; answers their ids. Each row goes to one claimer, on every node.
     */
    List<UUID> claim(Handle h, WorkTable table, long now, long until, int max);

    /** Tells every node (inside the caller's transaction, delivered on commit); a no-op where there is one node. */
    void notify(Handle h, String channel, String payload);

    static Dialect forUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) return new PostgresDialect();
        if (jdbcUrl.startsWith("jdbc:h2:")) return new H2Dialect();
        throw new JdbcStoreException("unsupported database URL " + Urls.mask(jdbcUrl) + ": use jdbc:postgresql:// or jdbc:h2:");
    }
}
