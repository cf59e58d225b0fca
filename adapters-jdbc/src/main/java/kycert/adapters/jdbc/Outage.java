package kycert.adapters.jdbc;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Which failures mean the database cannot answer now (the caller gets 503 and retries) rather than a bug (500),
 * and of those, which leave the pooled connections useless (they must be replaced for the store to recover).
 */
enum Outage {
    /** Not an outage: a bug or a broken invariant. */
    NONE,
    /** The database is there but cannot take this now: out of connections, space, time or memory; read-only. */
    BUSY,
    /** The connections are dead: a cut socket, a server restart, or an embedded database closed by a write failure. */
    BROKEN;

    /** H2's codes for a database that closed under its sessions, or a file it could not read or write. */
    private static final Set<String> H2_BROKEN = Set.of("90098", "90121", "90028", "90031", "90067", "90100");
    /** PostgreSQL: disk full, out of memory or connections (53), system I/O (58), read-only, statement timeout. */
    private static final Set<String> BUSY_STATES = Set.of("25006", "57014", "HYT00");

    static Outage of(Throwable failure) {
        Outage found = NONE;
        boolean underSql = false;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException e) {
                underSql = true;
                Outage here = of(e);
                if (here == BROKEN) return BROKEN;
                if (here == BUSY) found = BUSY;
            } else if (t instanceof IOException && underSql) {
                // a driver that failed to read or write: the socket, or H2's file (its store is closed after that)
                return BROKEN;
            }
        }
        return found;
    }

    private static Outage of(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (e instanceof SQLNonTransientConnectionException || e instanceof SQLRecoverableException
                || state.startsWith("08") || state.startsWith("57P0") || H2_BROKEN.contains(state)) {
            return BROKEN;
        }
        if (e instanceof SQLTransientConnectionException || e instanceof SQLTimeoutException
                || state.startsWith("53") || state.startsWith("58") || BUSY_STATES.contains(state)) {
            return BUSY;
        }
        return NONE;
    }
}
