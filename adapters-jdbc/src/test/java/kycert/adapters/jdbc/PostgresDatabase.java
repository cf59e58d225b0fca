package kycert.adapters.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throwaway database on the local PostgreSQL (127.0.0.1:5432, user postgres, trust auth), created through the
 * {@code test} database. Unreachable server → the test fails, never skips.
 */
record PostgresDatabase(String name) implements AutoCloseable {
    static final String HOST = "jdbc:postgresql://127.0.0.1:5432/";
    static final String USER = "postgres";

    static PostgresDatabase create() {
        String name = "kycert_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin("CREATE DATABASE " + name);
        return new PostgresDatabase(name);
    }

    String url() {
        return HOST + name;
    }

    JdbcStore open() {
        return JdbcStore.open(url(), USER, "");
    }

    /** Runs one statement on this database, outside any store. */
    void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url(), USER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(HOST + "test", USER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is required for these tests: " + e.getMessage(), e);
        }
    }
}
