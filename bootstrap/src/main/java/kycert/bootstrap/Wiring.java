package kycert.bootstrap;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Arrays;
import kycert.adapters.http.HttpSettings;
import kycert.adapters.http.JsonEventPayloads;
import kycert.adapters.http.Readiness;
import kycert.adapters.http.TransportLimits;
import kycert.adapters.http.security.Argon2PasswordHasher;
import kycert.adapters.http.security.JwtTokens;
import kycert.adapters.http.webhook.HostResolver;
import kycert.adapters.http.webhook.HttpWebhookSender;
import kycert.adapters.http.webhook.TargetPolicy;
import kycert.adapters.jdbc.JdbcStore;
import kycert.adapters.jdbc.JdbcStoreException;
import kycert.adapters.memory.InMemoryAdapters;
import kycert.application.Kycert;
import kycert.application.port.out.Integrations;
import kycert.application.port.out.ManagementPorts;
import kycert.application.port.out.Ports;
import kycert.domain.apikey.SecretHasher;

/** Builds everything with {@code new}, choosing the adapters from the typed configuration. The only place that knows every module. */
final class Wiring {
    private static final Logger LOG = System.getLogger(Wiring.class.getName());
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private Wiring() {}

    /** The store chosen by the configuration, opened (migrated) and ready. */
    record Store(Ports ports, ManagementPorts management, Readiness readiness, AutoCloseable closer, byte[] secret) {}

    static Store store(ServeConfig config) {
        return switch (config.store()) {
            case MEMORY -> memory(config);
            case EMBEDDED -> jdbc(() -> JdbcStore.openEmbedded(config.dataDir()),
                    config.serverSecret().map(ServerSecrets::fromEnvironment).getOrElse(() -> ServerSecrets.inFile(config.dataDir())));
            case POSTGRES -> postgres(config);
        };
    }

    private static Store memory(ServeConfig config) {
        InMemoryAdapters stores = InMemoryAdapters.createAll();
        return new Store(stores.ports(), stores.management(), () -> true, () -> { },
                config.serverSecret().map(ServerSecrets::fromEnvironment).getOrElse(ServerSecrets::random));
    }

    private static Store postgres(ServeConfig config) {
        String url = config.dbUrl().getOrElseThrow(() -> new StartupException("PostgreSQL needs --db-url"));
        return jdbcWithoutStoredSecret(() -> JdbcStore.open(url, config.dbUser(), config.dbPassword()), config);
    }

    private static Store jdbcWithoutStoredSecret(java.util.function.Supplier<JdbcStore> open, ServeConfig config) {
        byte[] secret = ServerSecrets.fromEnvironment(config.serverSecret()
                .getOrElseThrow(() -> new StartupException("PostgreSQL needs KYCERT_SECRET: " + ServerSecrets.HOW_TO_MAKE_ONE)));
        JdbcStore store = openJdbc(open);
        store.removeStoredSecret().forEach(old -> {
            if (Arrays.equals(old, secret)) {
                LOG.log(Level.INFO, "removed the copy of the server secret that older versions kept in the database");
            } else {
                LOG.log(Level.WARNING, "removed the server secret that older versions kept in the database; it differs from"
                        + " KYCERT_SECRET, so API keys, webhook signing secrets, access tokens and cursors made under it no longer work");
            }
        });
        return new Store(store.ports(), store.management(), store::ready, store, secret);
    }

    private static Store jdbc(java.util.function.Supplier<JdbcStore> open, byte[] secret) {
        JdbcStore store = openJdbc(open);
        return new Store(store.ports(), store.management(), store::ready, store, secret);
    }

    private static JdbcStore openJdbc(java.util.function.Supplier<JdbcStore> open) {
        try {
            return open.get();
        } catch (JdbcStoreException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    static Kycert application(Store store, ServeConfig config) {
        Integrations integrations = new Integrations(new Argon2PasswordHasher(),
                new HttpWebhookSender(new TargetPolicy(config.webhookAllowPrivate(), config.webhookAllowedPorts(), HostResolver.SYSTEM)), new JsonEventPayloads());
        // milliseconds: what JSON shows, what every store keeps, and what cursors compare
        Clock clock = Clock.tick(Clock.systemUTC(), java.time.Duration.ofMillis(1));
        return new Kycert(store.ports(), store.management(), integrations, new SecretHasher(store.secret()),
                config.previousSecret().map(s -> new SecretHasher(s.getBytes(java.nio.charset.StandardCharsets.UTF_8))), clock);
    }

    /** The management plane's access tokens, under a key derived from the server secret (every node accepts them). */
    static JwtTokens tokens(Kycert kycert) {
        return JwtTokens.derivedFrom(kycert.hasher(), kycert.clock());
    }

    static HttpSettings http(ServeConfig config) {
        return http(config, TransportLimits.defaults());
    }

    static HttpSettings http(ServeConfig config, TransportLimits limits) {
        return new HttpSettings(config.port(), config.adminToken(), MAX_BODY_BYTES, config.metricsToken(), limits);
    }
}
