package kycert.adapters.http;

import io.helidon.http.DirectHandler;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Objects;
import kycert.adapters.http.security.JwtTokens;
import kycert.application.Kycert;

/**
 * kycert over HTTP (Helidon 4 SE): the data plane, the tenants' management plane, the operator plane, health,
 * metrics and the OpenAPI document.
 * {@link #routing} is the whole routing, reusable by tests without a socket of their own.
 */
public final class KycertHttpServer implements AutoCloseable {
    /** Declared bodies beyond this many times the limit are refused by the server before routing, with the same envelope. */
    private static final long HARD_LIMIT_FACTOR = 16;

    private final WebServer server;
    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gcMetrics;

    private KycertHttpServer(WebServer server, PrometheusMeterRegistry registry, JvmGcMetrics gcMetrics) {
        this.server = server;
        this.registry = registry;
        this.gcMetrics = gcMetrics;
    }

    /**
     * Starts listening on {@code settings.port()} (0: any free port, see {@link #port()}); {@code tokens} issues and
     * checks the management plane's access tokens.
     */
    public static KycertHttpServer start(Kycert app, HttpSettings settings, Readiness readiness, JwtTokens tokens) {
        Objects.requireNonNull(app);
        Objects.requireNonNull(settings);
        Objects.requireNonNull(readiness);
        Objects.requireNonNull(tokens);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        JvmGcMetrics gcMetrics = new JvmGcMetrics();
        gcMetrics.bindTo(registry);
        DirectHandler envelope = new EnvelopeDirectHandler();
        DirectHandlers.Builder direct = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) direct.addHandler(type, envelope);
        try {
            WebServer server = WebServer.builder()
                    .port(settings.port())
                    .shutdownHook(false) // the process owner stops us, in its own order
                    .maxPayloadSize(settings.maxBodyBytes() * HARD_LIMIT_FACTOR)
                    .directHandlers(direct.build())
                    .routing(routing -> routing(routing, app, settings, readiness, registry, tokens))
                    .build()
                    .start();
            return new KycertHttpServer(server, registry, gcMetrics);
        } catch (RuntimeException e) {
            gcMetrics.close();
            registry.close();
            throw e;
        }
    }

    /**
     * Every route of kycert, in order: data plane, operator plane (only with a token), management plane, health,
     * metrics, OpenAPI, 404.
     */
    public static void routing(HttpRouting.Builder routing, Kycert app, HttpSettings settings, Readiness readiness,
                               PrometheusMeterRegistry registry, JwtTokens tokens) {
        install(routing, app, settings, readiness, registry, tokens);
    }

    /** {@link #routing}, answering what it registered. */
    static Routes install(HttpRouting.Builder routing, Kycert app, HttpSettings settings, Readiness readiness,
                          PrometheusMeterRegistry registry, JwtTokens tokens) {
        Routes routes = new Routes(ApiVersions.TABLE, new HttpMetrics(registry));
        JsonBodies bodies = new JsonBodies(settings.maxBodyBytes());
        routing.register(new RunsHttpService(app, routes, bodies));
        // without an operator token the operator plane does not exist: its paths fall through to 404
        settings.adminToken().forEach(token -> {
            OperatorPlane plane = OperatorPlane.create(token, bodies);
            routing.register(new AdminTenantsHttpService(app, routes, plane), new AdminUsersHttpService(app, routes, plane),
                    new AdminApiKeysHttpService(app, routes, plane), new AdminTemplatesHttpService(app, routes, plane));
        });
        // the tenants' own management plane (§5), with the same Routes: the same envelope, request ids, metrics, access log
        ManagementPlane management = ManagementPlane.create(app, new TokenGate(tokens), bodies);
        routing.register(new LoginHttpService(app, routes, bodies, tokens), new ApiKeysHttpService(routes, management),
                new TemplatesHttpService(routes, management), new WebhooksHttpService(routes, management),
                new AuditEventsHttpService(routes, management));
        routing.register(new HealthHttpService(routes, readiness), new MetricsHttpService(routes, registry, settings.metricsToken()),
                new OpenApiHttpService(routes));
        routes.fallback(routing);
        return routes;
    }

    /** The port actually bound. */
    public int port() {
        return server.port();
    }

    /** Where request metrics go; other components may add theirs to the same {@code /metrics}. */
    public MeterRegistry meterRegistry() {
        return registry;
    }

    @Override
    public void close() {
        server.stop();
        gcMetrics.close();
        registry.close();
    }
}
