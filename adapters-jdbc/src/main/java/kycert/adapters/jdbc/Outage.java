package kycert.adapters.jdbc;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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

    private static final int MAX_CAUSES = 20;
    /** H2's codes for a database that closed under its sessions, or a file it could not read or write. */
    private static final Set<String> H2_BROKEN = Set.of("90098", "90121", "90028", "90031", "90067", "90100");
    /** PostgreSQL: disk full, out of memory or connections (53), system I/O (58), read-only, statement timeout. */
    private static final Set<String> BUSY_STATES = Set.of("25006", "57014", "HYT00");

    static Outage of(Throwable failure) {
        List<Throwable> chain = causes(failure);
        boolean driverCall = chain.stream().anyMatch(SQLException.class::isInstance);
        Outage found = NONE;
        for (Throwable t : chain) {
            Outage here = t instanceof SQLException e ? of(e)
                    // a driver that failed to read or write: the socket, or H2's file (its store is closed after that)
                    : t instanceof IOException && driverCall ? BROKEN : NONE;
            if (here == BROKEN) return BROKEN;
            if (here == BUSY) found = BUSY;
        }
        return found;
    }

    /**
     * The failure and what it wraps, breadth first and bounded: causes, and a SQLException's next exceptions (a
     * batch's reason may hang only there).
     */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> seen = new ArrayList<>();
        Deque<Throwable> next = new ArrayDeque<>(List.of(failure));
        while (!next.isEmpty() && seen.size() < MAX_CAUSES) {
            Throwable t = next.removeFirst();
            if (seen.stream().anyMatch(s -> s == t)) continue;
            seen.add(t);
            if (t.getCause() != null) next.addLast(t.getCause());
            if (t instanceof SQLException e && e.getNextException() != null) next.addLast(e.getNextException());
        }
        return seen;
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
