package kycert.adapters.jdbc;

import io.vavr.control.Option;
import java.sql.SQLException;

/** SQLSTATE and messages out of an exception chain. */
final class Sql {
    private Sql() {}

    /** The SQLSTATE of the first SQLException in the chain, or none. */
    static Option<String> state(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) return Option.of(s.getSQLState());
        }
        return Option.none();
    }

    /** The innermost cause's message, first line only, for one-line errors. */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
