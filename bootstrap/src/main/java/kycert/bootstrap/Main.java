package kycert.bootstrap;

import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** kycert's command line: {@code serve} runs the API server. */
@Command(name = "kycert", mixinStandardHelpOptions = true, version = "kycert 0.1.0",
        description = "The kycert KYC bureau API.", subcommands = {Main.Serve.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        Logging.configure();
        int code = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        if (code != 0) System.exit(code);
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }

    /** {@code kycert serve}: every option can also come from the environment. */
    @Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the API server.")
    static final class Serve implements Callable<Integer> {
        @CommandLine.Option(names = "--port", defaultValue = "${env:KYCERT_PORT:-8080}", description = "HTTP port (env KYCERT_PORT; default 8080).")
        int port;

        @CommandLine.Option(names = "--store", defaultValue = "${env:KYCERT_STORE}", description = "memory: keep nothing (env KYCERT_STORE). Default: the embedded file database, or PostgreSQL when --db-url is set.")
        String store;

        @CommandLine.Option(names = "--data-dir", defaultValue = "${env:KYCERT_DATA_DIR:-data}", description = "Directory of the embedded database (env KYCERT_DATA_DIR; default ./data).")
        Path dataDir;

        @CommandLine.Option(names = "--db-url", defaultValue = "${env:KYCERT_DB_URL}", description = "jdbc:postgresql://host:port/db — run on PostgreSQL (env KYCERT_DB_URL).")
        String dbUrl;

        @CommandLine.Option(names = "--db-user", defaultValue = "${env:KYCERT_DB_USER:-postgres}", description = "Database user (env KYCERT_DB_USER; default postgres).")
        String dbUser;

        @CommandLine.Option(names = "--workers", defaultValue = "${env:KYCERT_WORKERS:-4}", description = "Run workers per process (env KYCERT_WORKERS; default 4).")
        int workers;

        @Override
        public Integer call() throws Exception {
            Option<ServeConfig> config = config();
            if (config.isEmpty()) return 2;
            try (KycertServer server = KycertServer.start(config.get(), System.out)) {
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    stop.countDown();
                }));
                stop.await();
            } catch (StartupException e) {
                System.err.println("kycert: " + e.getMessage());
                return 1;
            }
            return 0;
        }

        private Option<ServeConfig> config() {
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
            if (port < 0 || port > 65535 || workers < 1 || workers > 256) {
                System.err.println("kycert: --port must be 0..65535 and --workers 1..256");
                return Option.none();
            }
            return Option.of(new ServeConfig(port, kind, dataDir, Option.of(dbUrl).filter(s -> !s.isBlank()), dbUser,
                    env("KYCERT_DB_PASSWORD").getOrElse(""), env("KYCERT_ADMIN_TOKEN"), env("KYCERT_SECRET"), workers,
                    env("KYCERT_WEBHOOK_ALLOW_PRIVATE").exists(v -> v.equalsIgnoreCase("true")))
                    .withMetricsToken(env("KYCERT_METRICS_TOKEN")).withPreviousSecret(env("KYCERT_SECRET_PREVIOUS")));
        }

        private static Option<String> env(String name) {
            return Option.of(System.getenv(name)).filter(s -> !s.isBlank());
        }
    }
}
