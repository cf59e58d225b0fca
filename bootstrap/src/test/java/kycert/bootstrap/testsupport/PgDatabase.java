package kycert.bootstrap.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A throw-away database on the local PostgreSQL (127.0.0.1:5432, user postgres): missing PostgreSQL fails, never skips. */
public final class PgDatabase implements AutoCloseable {
    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String name;

    private PgDatabase(String name) {
        this.name = name;
    }

    public static PgDatabase create() {
        String name = "kycert_proc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try {
            execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL at 127.0.0.1:5432 (user postgres, database test) is required for the "
                    + "process tests and is not usable: " + e.getMessage(), e);
        }
        return new PgDatabase(name);
    }

    public String url() { return "jdbc:postgresql://127.0.0.1:5432/" + name; }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() {
        try {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop " + name + ": " + e.getMessage());
        }
    }
}
