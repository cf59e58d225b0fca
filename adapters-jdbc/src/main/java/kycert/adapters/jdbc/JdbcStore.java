package kycert.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import kycert.application.port.out.ManagementPorts;
import kycert.application.port.out.Ports;
import kycert.application.port.out.RateWindowPort;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.statement.StatementExceptions.MessageRendering;

/**
 * The durable store: every outbound port over one JDBC database, PostgreSQL (several nodes share it) or an embedded
 * H2 file (one process). Opening it connects, applies the schema (Flyway) and, on PostgreSQL, starts the node's
 * LISTEN connection that carries queue wake-ups.
 */
public final class JdbcStore implements AutoCloseable {
    private static final String SECRET_SETTING = "server_secret";
    private static final String PROBE_SETTING = "readiness_probe";
    private static final int PROBE_TIMEOUT_SECONDS = 2;

    private final HikariDataSource dataSource;
    private final HikariDataSource counters;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final WorkSignal work = new WorkSignal();
    private final PgListener listener;
    private final QueueNudge nudge;
    private final OutageGuard guard;
    private final Ports ports;
    private final ManagementPorts management;

    private JdbcStore(HikariDataSource dataSource, HikariDataSource counters, Dialect dialect, PgListener.Connector listen) {
        this.dataSource = dataSource;
        this.counters = counters;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
        // an exception's message names no bound value (a document, a payload), whoever logs it
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(MessageRendering.NONE);
        this.guard = new OutageGuard(counters == null ? List.of(dataSource) : List.of(dataSource, counters));
        for (Class<?> row : List.of(TenantRow.class, ApiKeyRow.class, TemplateRow.class, RunRow.class, IdempotencyRow.class,
                PostgresRateWindowRepository.Admission.class, UserRow.class, WebhookEndpointRow.class,
                WebhookDeliveryRow.class, AuditEventRow.class)) {
            jdbi.registerRowMapper(ConstructorMapper.factory(row));
        }
        // keys are looked up by hash on every request (a primary-key read, ~0.1 ms), never cached, so a revocation
        // or regeneration committed on any node refuses the old secret on the very next request everywhere
        this.listener = listen == null ? null : new PgListener(listen, Map.of(
                PostgresDialect.RUNS_CHANNEL, payload -> work.signal()), work::signal);
        this.nudge = listen == null ? null : new QueueNudge(jdbi, dialect);
        Runnable queued = nudge == null ? work::signal : () -> {
            work.signal();
            nudge.nudge();
        };
        RateWindowPort rateWindows = counters != null
                ? new PostgresRateWindowRepository(counterJdbi(counters)) : new H2RateWindowRepository(jdbi);
        this.ports = guard.guardAll(new Ports(new JdbcTenantRepository(jdbi), new JdbcApiKeyRepository(jdbi, dialect),
                new JdbcTemplateRepository(jdbi), new JdbcRunRepository(jdbi), new JdbcIdempotencyRepository(jdbi, dialect),
                rateWindows, new JdbcAcceptRun(jdbi, dialect, queued), new JdbcRunQueue(jdbi, dialect, work),
                new FixtureBureau(), new SecureRandomness(), new JdbcListVersions(jdbi)));
        this.management = guard.guardAll(new ManagementPorts(new JdbcUserRepository(jdbi),
                new JdbcWebhookEndpointRepository(jdbi), new JdbcWebhookDeliveryRepository(jdbi, dialect), new JdbcAuditLog(jdbi),
                new JdbcRunCompletion(jdbi), new JdbcLoginAttempts(jdbi, dialect)));
    }

    /**
     * Opens the pool, applies migrations (Flyway), returns the store; throws JdbcStoreException with a clear
     * one-line message naming the URL (password masked) when the DB is unreachable.
     */
    public static JdbcStore open(String jdbcUrl, String user, String password) {
        Dialect dialect = Dialect.forUrl(jdbcUrl);
        HikariDataSource ds = Connections.pool(jdbcUrl, user, password, dialect);
        HikariDataSource counters = null;
        try {
            Connections.migrate(ds, jdbcUrl, dialect);
            boolean postgres = dialect instanceof PostgresDialect;
            counters = postgres ? Connections.counterPool(jdbcUrl, user, password, dialect) : null;
            PgListener.Connector listen = postgres ? () -> Connections.listener(jdbcUrl, user, password) : null;
            return new JdbcStore(ds, counters, dialect, listen);
        } catch (RuntimeException e) {
            if (counters != null) counters.close();
            ds.close();
            throw e;
        }
    }

    private static Jdbi counterJdbi(HikariDataSource counters) {
        Jdbi j = Jdbi.create(counters);
        j.getConfig(StatementExceptions.class).setMessageRendering(MessageRendering.NONE);
        j.registerRowMapper(ConstructorMapper.factory(PostgresRateWindowRepository.Admission.class));
        return j;
    }

    /**
     * An H2 file database under {@code dataDir}. H2 because it is pure Java in one jar (no native library as
     * SQLite needs, no server process as an embedded PostgreSQL would), crash-safe (MVStore), and has what the
     * schema needs — MVCC with row locks, SELECT … FOR UPDATE, MERGE, row-value comparison — with Flyway support;
     * Derby, the other classic, is retired. Its file lock keeps a second process out.
     */
    public static JdbcStore openEmbedded(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        secure(dir);
        JdbcStore store = open(embeddedUrl(dir), "sa", "");
        try {
            secure(dir); // the database files the first start has just created
        } catch (JdbcStoreException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private static void secure(Path dir) {
        try {
            PrivateDirectory.secure(dir);
        } catch (IOException e) {
            throw new JdbcStoreException("cannot create the data directory " + dir + " (or restrict it to this user) : "
                    + Sql.reason(e), e);
        }
    }

    /** The JDBC URL of the embedded database under {@code dataDir}. */
    public static String embeddedUrl(Path dataDir) {
        // DB_CLOSE_ON_EXIT=FALSE: the server closes the store itself, after its last request, not a JVM shutdown hook.
        // WRITE_DELAY=0: a commit reaches the file before the 202 goes out; H2's default 500 ms delay loses
        // accepted runs when the process is killed (CrashRecoveryProcessIT).
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve(PrivateDirectory.DATABASE_NAME)
                + ";LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /** All ports, JDBC-backed (bureau and randomness are local). */
    public Ports ports() {
        return ports;
    }

    /** The management plane's stores (users, webhooks and their outbox, audit log), JDBC-backed. */
    public ManagementPorts management() {
        return management;
    }

    /**
     * For /health/ready: whether the store can commit a write now, within {@value #PROBE_TIMEOUT_SECONDS} s (one
     * settings row, rewritten). A read is not enough: an embedded database on a full disk still answers reads.
     * A failure that left the connections dead has them replaced, so a later probe may find the store back.
     */
    public boolean ready() {
        if (dataSource.isClosed()) return false;
        try {
            return guard.call(() -> jdbi.withHandle(h -> h.createUpdate(dialect.upsertSettingSql())
                    .setQueryTimeout(PROBE_TIMEOUT_SECONDS)
                    .bind("name", PROBE_SETTING)
                    .bind("value", Long.toString(System.currentTimeMillis()))
                    .execute())) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Deletes the server secret that older versions kept in clear in {@code settings} (whoever read that row could
     * forge keys and tokens); answers it when there was one, so the caller can tell whether it differed from the
     * configured secret.
     */
    public Option<byte[]> removeStoredSecret() {
        return jdbi.inTransaction(h -> {
            Option<String> stored = Option.ofOptional(h.createQuery("SELECT setting_value FROM settings WHERE setting_name = :name")
                    .bind("name", SECRET_SETTING).mapTo(String.class).findOne());
            h.createUpdate("DELETE FROM settings WHERE setting_name = :name").bind("name", SECRET_SETTING).execute();
            return stored.map(hex -> HexFormat.of().parseHex(hex.strip()));
        });
    }

    /** Test seam: plants a secret row as versions before 0.2 wrote it. */
    void storeSecretAsOldVersionsDid(byte[] secret) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO settings (setting_name, setting_value) VALUES (:name, :value)")
                .bind("name", SECRET_SETTING).bind("value", HexFormat.of().formatHex(secret)).execute());
    }

    @Override
    public void close() {
        if (nudge != null) nudge.close();
        if (listener != null) listener.close();
        if (counters != null) counters.close();
        dataSource.close();
    }

    Jdbi jdbi() {
        return jdbi;
    }

    boolean listening() {
        return listener != null && listener.live();
    }
}
