package kycert.bootstrap;

import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.Set;
import kycert.adapters.http.webhook.TargetPolicy;

/** Typed configuration of one server process. */
public record ServeConfig(int port, Store store, Path dataDir, Option<String> dbUrl, String dbUser, String dbPassword,
                          Option<String> adminToken, Option<String> serverSecret, int workers, boolean webhookAllowPrivate,
                          Set<Integer> webhookAllowedPorts) {

    /** Webhooks on the default ports (KYCERT_WEBHOOK_ALLOWED_PORTS unset). */
    public ServeConfig(int port, Store store, Path dataDir, Option<String> dbUrl, String dbUser, String dbPassword,
                       Option<String> adminToken, Option<String> serverSecret, int workers, boolean webhookAllowPrivate) {
        this(port, store, dataDir, dbUrl, dbUser, dbPassword, adminToken, serverSecret, workers, webhookAllowPrivate, TargetPolicy.DEFAULT_PORTS);
    }

    /** Where kycert keeps its data. */
    public enum Store { MEMORY, EMBEDDED, POSTGRES }

    public static ServeConfig memory(int port, Option<String> adminToken) {
        return new ServeConfig(port, Store.MEMORY, Path.of("data"), Option.none(), "postgres", "", adminToken, Option.none(), 4, true);
    }
}
