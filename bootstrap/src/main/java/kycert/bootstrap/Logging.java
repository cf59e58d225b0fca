package kycert.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;

/** One-line JUL log format for the server process, unless the user brings their own configuration. */
final class Logging {
    private Logging() {}

    static void configure() {
        if (System.getProperty("java.util.logging.config.file") != null) return;
        try (InputStream in = Logging.class.getResourceAsStream("/kycert-logging.properties")) {
            if (in != null) LogManager.getLogManager().readConfiguration(in);
        } catch (IOException e) {
            System.err.println("kycert: could not read the logging configuration: " + e.getMessage());
        }
    }
}
