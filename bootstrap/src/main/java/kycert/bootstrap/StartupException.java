package kycert.bootstrap;

/** A start that cannot go on, with a one-line reason for the operator. */
public final class StartupException extends RuntimeException {
    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }

    public StartupException(String message) {
        super(message);
    }
}
