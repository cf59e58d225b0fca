package kycert.bootstrap;

import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import kycert.adapters.http.webhook.TargetPolicy;
import java.util.concurrent.CompletableFuture;
import kycert.adapters.http.TransportLimits;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** kycert's command line: {@code serve} runs the API server. */
@Command(name = "kycert", mixinStandardHelpOptions = true, version = "kycert 0.1.0",
        description = "The kycert KYC bureau API.", subcommands = {Main.Serve.class, ListsCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        haltOnOutOfMemory();
        Logging.configure();
        int code = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        if (code != 0) System.exit(code);
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }

    /**
     * A JVM out of memory cannot be trusted to serve or even to stop cleanly: end at once, so a supervisor restarts
     * it. Backs up -XX:+ExitOnOutOfMemoryError (set by the launcher) for errors that reach no catch.
     */
    static void haltOnOutOfMemory() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (error instanceof OutOfMemoryError) {
                System.err.println("kycert: out of memory in " + thread.getName() + "; halting");
                Runtime.getRuntime().halt(3);
            }
            if (previous != null) previous.uncaughtException(thread, error);
            else error.printStackTrace();
        });
    }

    /** {@code kycert serve}: every option can also come from the environment. */
    @Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the API server.")
    static final class Serve implements Callable<Integer> {
        @CommandLine.Option(names = "--port", defaultValue = "${env:KYCERT_PORT:-8080}", description = "HTTP port (env KYCERT_PORT; default 8080).")
        int port;

        @CommandLine.Mixin
        StoreOptions stores;

        @CommandLine.Option(names = "--workers", defaultValue = "${env:KYCERT_WORKERS:-4}", description = "Run workers per process (env KYCERT_WORKERS; default 4).")
        int workers;

        @CommandLine.Option(names = "--max-connections", defaultValue = "${env:KYCERT_MAX_CONNECTIONS:-0}", description = "Client connections held at once; more wait to be accepted (env KYCERT_MAX_CONNECTIONS; default: 10000, kept below the descriptor limit).")
        int maxConnections;

        @CommandLine.Option(names = "--idle-timeout", defaultValue = "${env:KYCERT_IDLE_TIMEOUT:-60}", description = "Seconds a connection may wait between requests (env KYCERT_IDLE_TIMEOUT; default 60).")
        int idleTimeout;

        @CommandLine.Option(names = "--header-timeout", defaultValue = "${env:KYCERT_HEADER_TIMEOUT:-10}", description = "Seconds a request's headers may take to arrive (env KYCERT_HEADER_TIMEOUT; default 10).")
        int headerTimeout;

        @CommandLine.Option(names = "--body-timeout", defaultValue = "${env:KYCERT_BODY_TIMEOUT:-30}", description = "Seconds a request body may take to arrive (env KYCERT_BODY_TIMEOUT; default 30).")
        int bodyTimeout;

        @Override
        public Integer call() throws Exception {
            Option<ServeConfig> config = config();
            Option<TransportLimits> limits = limits();
            if (config.isEmpty() || limits.isEmpty()) return 2;
            try (KycertServer server = KycertServer.start(config.get(), limits.get(), System.out)) {
                CompletableFuture<Integer> exit = new CompletableFuture<>();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    exit.complete(0);
                }));
                // a deaf process is worse than none: end non-zero so a supervisor restarts it
                server.listenerLost().thenRun(() -> {
                    System.err.println("kycert: the HTTP listener stopped; exiting");
                    exit.complete(1);
                });
                return exit.get();
            } catch (StartupException e) {
                System.err.println("kycert: " + e.getMessage());
                return 1;
            }
        }

        private Option<TransportLimits> limits() {
            if (maxConnections < 0 || idleTimeout < 1 || headerTimeout < 1 || bodyTimeout < 1) {
                System.err.println("kycert: --max-connections must be 0 (default) or more, and the time-outs at least 1 second");
                return Option.none();
            }
            TransportLimits defaults = TransportLimits.defaults();
            return Option.of(defaults.withMaxConnections(maxConnections == 0 ? defaults.maxConnections() : maxConnections)
                    .withTimeouts(Duration.ofSeconds(idleTimeout), Duration.ofSeconds(headerTimeout), Duration.ofSeconds(bodyTimeout)));
        }

        private Option<ServeConfig> config() {
            Option<ServeConfig.Store> chosen = stores.kind();
            if (chosen.isEmpty()) return Option.none();
            ServeConfig.Store kind = chosen.get();
            if (port < 0 || port > 65535 || workers < 1 || workers > 256) {
                System.err.println("kycert: --port must be 0..65535 and --workers 1..256");
                return Option.none();
            }
            Option<java.util.Set<Integer>> webhookPorts = env("KYCERT_WEBHOOK_ALLOWED_PORTS").map(TargetPolicy::parsePorts)
                    .getOrElse(Option.of(TargetPolicy.DEFAULT_PORTS));
            if (webhookPorts.isEmpty()) {
                System.err.println("kycert: KYCERT_WEBHOOK_ALLOWED_PORTS must be a comma-separated list of ports 1..65535 (e.g. 80,443,8443)");
                return Option.none();
            }
            return Option.of(new ServeConfig(port, kind, stores.dataDir, Option.of(stores.dbUrl).filter(s -> !s.isBlank()), stores.dbUser,
                    env("KYCERT_DB_PASSWORD").getOrElse(""), env("KYCERT_ADMIN_TOKEN"), env("KYCERT_SECRET"), workers,
                    env("KYCERT_WEBHOOK_ALLOW_PRIVATE").exists(v -> v.equalsIgnoreCase("true")), webhookPorts.get())
                    .withMetricsToken(env("KYCERT_METRICS_TOKEN")).withPreviousSecret(env("KYCERT_SECRET_PREVIOUS")));
        }

        static Option<String> env(String name) {
            return Option.of(System.getenv(name)).filter(s -> !s.isBlank());
        }
    }
}
