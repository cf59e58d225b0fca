package kycert.bootstrap;

import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.Set;
import kycert.adapters.http.webhook.TargetPolicy;

/** Typed configuration of one server process. */
public record ServeConfig(int port, Store store, Path dataDir, Option<String> dbUrl, String dbUser, String dbPassword,
                          Option<String> adminToken, Option<String> serverSecret, int workers, boolean webhookAllowPrivate,
                          Set<Integer> webhookAllowedPorts, Option<String> metricsToken, Option<String> previousSecret) {

    /** Webhooks on the default ports (KYCERT_WEBHOOK_ALLOWED_PORTS unset), no metrics token, no previous secret. */
    public ServeConfig(int port, Store store, Path dataDir, Option<String> dbUrl, String dbUser, String dbPassword,
                       Option<String> adminToken, Option<String> serverSecret, int workers, boolean webhookAllowPrivate) {
        this(port, store, dataDir, dbUrl, dbUser, dbPassword, adminToken, serverSecret, workers, webhookAllowPrivate,
                TargetPolicy.DEFAULT_PORTS);
    }

    /** Webhooks on {@code webhookAllowedPorts}, no metrics token, no previous secret. */
    public ServeConfig(int port, Store store, Path dataDir, Option<String> dbUrl, String dbUser, String dbPassword,
                       Option<String> adminToken, Option<String> serverSecret, int workers, boolean webhookAllowPrivate,
                       Set<Integer> webhookAllowedPorts) {
        this(port, store, dataDir, dbUrl, dbUser, dbPassword, adminToken, serverSecret, workers, webhookAllowPrivate,
                webhookAllowedPorts, Option.none(), Option.none());
    }

    /** This configuration with {@code /metrics} behind {@code token}. */
    public ServeConfig withMetricsToken(Option<String> token) {
        return new ServeConfig(port, store, dataDir, dbUrl, dbUser, dbPassword, adminToken, serverSecret, workers,
                webhookAllowPrivate, webhookAllowedPorts, token, previousSecret);
    }

    /** This configuration with KYCERT_SECRET_PREVIOUS: API keys issued under it still authenticate. */
    public ServeConfig withPreviousSecret(Option<String> previous) {
        return new ServeConfig(port, store, dataDir, dbUrl, dbUser, dbPassword, adminToken, serverSecret, workers,
                webhookAllowPrivate, webhookAllowedPorts, metricsToken, previous);
    }

    /** Where kycert keeps its data. */
    public enum Store { MEMORY, EMBEDDED, POSTGRES }

    public static ServeConfig memory(int port, Option<String> adminToken) {
        return new ServeConfig(port, Store.MEMORY, Path.of("data"), Option.none(), "postgres", "", adminToken, Option.none(), 4, true);
    }
}
