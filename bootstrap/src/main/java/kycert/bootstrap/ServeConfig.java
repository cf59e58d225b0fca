package kycert.bootstrap;

import io.vavr.control.Option;
import java.nio.file.Path;

/** Typed configuration of one server process. */
public record ServeConfig(int port, Store store, Path dataDir, Option<String> dbUrl, String dbUser, String dbPassword,
                          Option<String> adminToken, Option<String> serverSecret, int workers, boolean webhookAllowPrivate,
                          Option<String> metricsToken, Option<String> previousSecret) {

    /** Without a metrics token: {@code /metrics} is open. */
    public ServeConfig(int port, Store store, Path dataDir, Option<String> dbUrl, String dbUser, String dbPassword,
                       Option<String> adminToken, Option<String> serverSecret, int workers, boolean webhookAllowPrivate) {
        this(port, store, dataDir, dbUrl, dbUser, dbPassword, adminToken, serverSecret, workers, webhookAllowPrivate, Option.none(),
                Option.none());
    }

    /** This configuration with {@code /metrics} behind {@code token}. */
    public ServeConfig withMetricsToken(Option<String> token) {
        return new ServeConfig(port, store, dataDir, dbUrl, dbUser, dbPassword, adminToken, serverSecret, workers,
                webhookAllowPrivate, token, previousSecret);
    }

    /** This configuration with KYCERT_SECRET_PREVIOUS: API keys issued under it still authenticate. */
    public ServeConfig withPreviousSecret(Option<String> previous) {
        return new ServeConfig(port, store, dataDir, dbUrl, dbUser, dbPassword, adminToken, serverSecret, workers,
                webhookAllowPrivate, metricsToken, previous);
    }

    /** Where kycert keeps its data. */
    public enum Store { MEMORY, EMBEDDED, POSTGRES }

    public static ServeConfig memory(int port, Option<String> adminToken) {
        return new ServeConfig(port, Store.MEMORY, Path.of("data"), Option.none(), "postgres", "", adminToken, Option.none(), 4, true);
    }
}
