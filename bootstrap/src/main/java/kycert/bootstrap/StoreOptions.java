package kycert.bootstrap;

import io.vavr.control.Option;
import java.nio.file.Path;
import picocli.CommandLine;

/** The options that choose and reach a store, shared by {@code serve} and {@code lists}: each also from the environment. */
final class StoreOptions {
    @CommandLine.Option(names = "--store", defaultValue = "${env:KYCERT_STORE}", description = "memory: keep nothing (env KYCERT_STORE). Default: the embedded file database, or PostgreSQL when --db-url is set.")
    String store;

    @CommandLine.Option(names = "--data-dir", defaultValue = "${env:KYCERT_DATA_DIR:-data}", description = "Directory of the embedded database (env KYCERT_DATA_DIR; default ./data).")
    Path dataDir;

    @CommandLine.Option(names = "--db-url", defaultValue = "${env:KYCERT_DB_URL}", description = "jdbc:postgresql://host:port/db — run on PostgreSQL (env KYCERT_DB_URL).")
    String dbUrl;

    @CommandLine.Option(names = "--db-user", defaultValue = "${env:KYCERT_DB_USER:-postgres}", description = "Database user (env KYCERT_DB_USER; default postgres).")
    String dbUser;

    /** The store these options choose; none (after one line on stderr) when they do not make sense. */
    Option<ServeConfig.Store> kind() {
        ServeConfig.Store kind;
        if (store != null && !store.isBlank()) {
            switch (store.toLowerCase()) {
                case "memory" -> kind = ServeConfig.Store.MEMORY;
                case "embedded", "file" -> kind = ServeConfig.Store.EMBEDDED;
                case "postgres", "postgresql" -> kind = ServeConfig.Store.POSTGRES;
                default -> {
                    System.err.println("kycert: --store must be memory, embedded or postgres");
                    return Option.none();
                }
            }
        } else {
            kind = dbUrl != null && !dbUrl.isBlank() ? ServeConfig.Store.POSTGRES : ServeConfig.Store.EMBEDDED;
        }
        if (kind == ServeConfig.Store.POSTGRES && (dbUrl == null || !dbUrl.startsWith("jdbc:postgresql:"))) {
            System.err.println("kycert: PostgreSQL needs --db-url jdbc:postgresql://host:port/database (or KYCERT_DB_URL)");
            return Option.none();
        }
        return Option.of(kind);
    }

    /** A configuration that only opens the store (no HTTP, no operator token, one worker). */
    Option<ServeConfig> storeOnly() {
        return kind().map(kind -> new ServeConfig(0, kind, dataDir, Option.of(dbUrl).filter(s -> !s.isBlank()), dbUser,
                Main.Serve.env("KYCERT_DB_PASSWORD").getOrElse(""), Option.none(), Main.Serve.env("KYCERT_SECRET"), 1, false));
    }
}
