package kycert.adapters.jdbc;

/** The store could not be opened or migrated; the message is one line, names the database and never a password. */
public final class JdbcStoreException extends RuntimeException {
    public JdbcStoreException(String message) {
        super(message);
    }

    public JdbcStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
