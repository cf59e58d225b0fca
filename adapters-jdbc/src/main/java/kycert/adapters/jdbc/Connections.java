package kycert.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import org.flywaydb.core.Flyway;

/** Opening the database: the pool, the schema, and (PostgreSQL) a connection for LISTEN outside the pool. */
final class Connections {
    private static final int POSTGRES_POOL_SIZE = 10;
    private static final int EMBEDDED_POOL_SIZE = 8;
    private static final int COUNTER_POOL_SIZE = 4;
    private static final long CONNECT_TIMEOUT_MILLIS = 3_000;

    private Connections() {}

    /** A started pool; an unreachable database fails here, at once, with the URL (masked) and the driver's reason. */
    static HikariDataSource pool(String jdbcUrl, String user, String password, Dialect dialect) {
        return pool(jdbcUrl, user, password, dialect, "kycert", null);
    }

    /**
     * PostgreSQL only: a small pool for the rate windows, whose commits do not wait for the WAL flush
     * ({@code synchronous_commit = off}). A rate window is counting state, not a record: if the database server
     * itself crashes, at most its last few hundred milliseconds of admissions are forgotten. Every other write
     * (runs, credits, idempotency, keys) stays on the durable pool.
     */
    static HikariDataSource counterPool(String jdbcUrl, String user, String password, Dialect dialect) {
        return pool(jdbcUrl, user, password, dialect, "kycert-counters", "SET synchronous_commit = off");
    }

    private static HikariDataSource pool(String jdbcUrl, String user, String password, Dialect dialect, String name, String initSql) {
        boolean postgres = dialect instanceof PostgresDialect;
        HikariConfig c = new HikariConfig();
        c.setPoolName(name);
        if (initSql != null) c.setConnectionInitSql(initSql);
        c.setJdbcUrl(postgres ? jdbcUrl : withoutTraceFile(withoutResultReuse(jdbcUrl)));
        // named, not discovered: a repackaged jar may lose the drivers' META-INF/services entries
        c.setDriverClassName(postgres ? "org.postgresql.Driver" : "org.h2.Driver");
        c.setUsername(user);
        c.setPassword(password);
        c.setMaximumPoolSize(initSql != null ? COUNTER_POOL_SIZE : postgres ? POSTGRES_POOL_SIZE : EMBEDDED_POOL_SIZE);
        c.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        c.setValidationTimeout(1_000);
        // one attempt at start-up: an unreachable database fails open() at once instead of after retries
        c.setInitializationFailTimeout(1);
        if (postgres) {
            c.addDataSourceProperty("connectTimeout", "3");
            c.addDataSourceProperty("socketTimeout", "30");
            c.addDataSourceProperty("tcpKeepAlive", "true");
            c.addDataSourceProperty("ApplicationName", name);
            // the server's error detail quotes the failing row and a batch's bound values (a document, a webhook
            // payload); pgjdbc would put it in exception messages, which the pool logs
            c.addDataSourceProperty("logServerErrorDetail", "false");
        }
        try {
            return new HikariDataSource(c);
        } catch (RuntimeException e) {
            throw new JdbcStoreException("cannot connect to " + Urls.mask(jdbcUrl) + " : " + Sql.reason(e), e);
        }
    }

    /**
     * H2 serves a query its previous result again when its modification counter says no table the query reads has
     * changed since. That check races with another connection's commit becoming visible: a reader was served a
     * result computed just before the commit — a run already seen completed while its webhook deliveries were still
     * missing from the listing that followed (RunCompletionPortContract failed intermittently on H2, in CI and in
     * about one of ten 40-run rounds here). Result reuse only pays off for a repeated identical query on an idle
     * database, so every H2 URL gets it switched off.
     */
    static String withoutResultReuse(String h2Url) {
        return h2Url.toUpperCase(Locale.ROOT).contains("OPTIMIZE_REUSE_RESULTS=") ? h2Url : h2Url + ";OPTIMIZE_REUSE_RESULTS=FALSE";
    }

    /**
     * H2 writes every error, with the statement and its values, to a {@code .trace.db} file beside the database —
     * a second copy of documents outside the database, and on a full disk a file that refills the space as soon
     * as any is freed. kycert logs failures itself (by SQLSTATE and class), so every H2 URL gets the file off.
     */
    static String withoutTraceFile(String h2Url) {
        return h2Url.toUpperCase(Locale.ROOT).contains("TRACE_LEVEL_FILE=") ? h2Url : h2Url + ";TRACE_LEVEL_FILE=0";
    }

    /** Applies the schema; several nodes starting at once are serialized by Flyway's lock. */
    static void migrate(HikariDataSource ds, String jdbcUrl, Dialect dialect) {
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations(dialect.migrationLocations().toArray(String[]::new))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new JdbcStoreException("cannot migrate " + Urls.mask(jdbcUrl) + " : " + Sql.reason(e), e);
        }
    }

    /** A connection of its own for LISTEN: a short socket timeout, so a dead server is noticed within seconds. */
    static Connection listener(String jdbcUrl, String user, String password) throws SQLException {
        Properties p = new Properties();
        if (user != null) p.setProperty("user", user);
        if (password != null) p.setProperty("password", password);
        p.setProperty("connectTimeout", "3");
        p.setProperty("socketTimeout", "5");
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", "kycert-listener");
        p.setProperty("logServerErrorDetail", "false");
        Connection c = new org.postgresql.Driver().connect(jdbcUrl, p);
        if (c == null) throw new SQLException("not a PostgreSQL URL: " + Urls.mask(jdbcUrl));
        return c;
    }
}
