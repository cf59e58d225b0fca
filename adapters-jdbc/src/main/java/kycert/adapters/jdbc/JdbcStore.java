package kycert.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import kycert.application.port.out.ManagementPorts;
import kycert.application.port.out.Ports;
import kycert.application.port.out.RateWindowPort;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The durable store: every outbound port over one JDBC database, PostgreSQL (several nodes share it) or an embedded
 * H2 file (one process). Opening it connects, applies the schema (Flyway) and, on PostgreSQL, starts the node's
 * LISTEN connection that carries queue wake-ups.
 */
public final class JdbcStore implements AutoCloseable {
    private static final String SECRET_SETTING = "server_secret";

    private final HikariDataSource dataSource;
    private final HikariDataSource counters;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final WorkSignal work = new WorkSignal();
    private final PgListener listener;
    private final QueueNudge nudge;
    private final Ports ports;
    private final ManagementPorts management;

    private JdbcStore(HikariDataSource dataSource, HikariDataSource counters, Dialect dialect, PgListener.Connector listen) {
        this.dataSource = dataSource;
        this.counters = counters;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
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
        this.ports = new Ports(new JdbcTenantRepository(jdbi), new JdbcApiKeyRepository(jdbi, dialect),
                new JdbcTemplateRepository(jdbi), new JdbcRunRepository(jdbi), new JdbcIdempotencyRepository(jdbi, dialect),
                rateWindows, new JdbcAcceptRun(jdbi, dialect, queued), new JdbcRunQueue(jdbi, dialect, work),
                new FixtureBureau(), new SecureRandomness(), new JdbcListVersions(jdbi));
        this.management = new ManagementPorts(new JdbcUserRepository(jdbi), new JdbcWebhookEndpointRepository(jdbi),
                new JdbcWebhookDeliveryRepository(jdbi, dialect), new JdbcAuditLog(jdbi), new JdbcRunCompletion(jdbi),
                new JdbcLoginAttempts(jdbi, dialect));
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
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new JdbcStoreException("cannot create the data directory " + dir + " : " + Sql.reason(e), e);
        }
        // DB_CLOSE_ON_EXIT=FALSE: the server closes the store itself, after its last request, not a JVM shutdown hook.
        // WRITE_DELAY=0: a commit reaches the file before the 202 goes out; H2's default 500 ms delay loses
        // accepted runs when the process is killed (CrashRecoveryProcessIT).
        return open("jdbc:h2:file:" + dir.resolve("kycert") + ";LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "sa", "");
    }

    /** All ports, JDBC-backed (bureau and randomness are local). */
    public Ports ports() {
        return ports;
    }

    /** The management plane's stores (users, webhooks and their outbox, audit log), JDBC-backed. */
    public ManagementPorts management() {
        return management;
    }

    /** A cheap ping for /health/ready. */
    public boolean ready() {
        if (dataSource.isClosed()) return false;
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The deployment's server secret as stored in the database: {@code candidate} if none was stored yet (the first
     * node to start wins), else the stored one, so every node sharing the database hashes keys alike.
     */
    public byte[] sharedSecret(byte[] candidate) {
        String hex = HexFormat.of().formatHex(candidate);
        for (int attempt = 1; ; attempt++) {
            try {
                return HexFormat.of().parseHex(jdbi.inTransaction(h -> {
                    h.createUpdate(dialect.insertSettingIfAbsentSql()).bind("name", SECRET_SETTING).bind("value", hex).execute();
                    return h.createQuery("SELECT setting_value FROM settings WHERE setting_name = :name")
                            .bind("name", SECRET_SETTING)
                            .mapTo(String.class)
                            .one();
                }));
            } catch (RuntimeException e) {
                // H2's MERGE can lose the first-insert race to another thread; the retry reads the winner's value
                if (attempt >= 3 || !Sql.state(e).contains("23505")) throw e;
            }
        }
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
