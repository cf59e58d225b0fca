package kycert.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.logging.LogManager;

/** One-line JUL log format for the server process, unless the user brings their own configuration. */
final class Logging {
    private Logging() {}

    static void configure() {
        routeUncaughtExceptions();
        if (System.getProperty("java.util.logging.config.file") != null) return;
        try (InputStream in = Logging.class.getResourceAsStream("/kycert-logging.properties")) {
            if (in != null) LogManager.getLogManager().readConfiguration(in);
        } catch (IOException e) {
            System.err.println("kycert: could not read the logging configuration: " + e.getMessage());
        }
    }

    /**
     * An exception no thread caught — in kycert or in a library's own thread — is logged like any other record, so
     * it goes through the log's redaction instead of straight to standard error with its message in clear.
     */
    static void routeUncaughtExceptions() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> System.getLogger("kycert.uncaught")
                .log(Level.ERROR, "uncaught in thread " + thread.getName(), error));
    }
}
