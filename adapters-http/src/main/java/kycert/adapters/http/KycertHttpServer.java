package kycert.adapters.http;

import io.helidon.http.DirectHandler;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http1.Http1Config;
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
    private final ListenerWatch listener;

    private KycertHttpServer(WebServer server, PrometheusMeterRegistry registry, JvmGcMetrics gcMetrics, ListenerWatch listener) {
        this.server = server;
        this.registry = registry;
        this.gcMetrics = gcMetrics;
        this.listener = listener;
    }

    /**
     * Starts listening on {@code settings.port()} (0: any free port, see {@link #port()}); {@code tokens} issues and
     * checks the management plane's access tokens.
     */
    public static KycertHttpServer start(Kycert app, HttpSettings settings, Readiness readiness, JwtTokens tokens) {
        return start(app, settings, readiness, tokens, () -> { });
    }

    /**
     * {@link #start(Kycert, HttpSettings, Readiness, JwtTokens)}, calling {@code onListenerLost} if the listener ever
     * stops without {@link #close()} (the process should then end). Throws when the listener did not bind.
     */
    public static KycertHttpServer start(Kycert app, HttpSettings settings, Readiness readiness, JwtTokens tokens,
                                         Runnable onListenerLost) {
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
        ListenerWatch listener = new ListenerWatch(Objects.requireNonNull(onListenerLost));
        ListGauges.register(app.lists(), registry);
        TransportLimits limits = settings.limits();
        try {
            WebServer server = WebServer.builder()
                    .port(settings.port())
                    .shutdownHook(false) // the process owner stops us, in its own order
                    .maxPayloadSize(settings.maxBodyBytes() * HARD_LIMIT_FACTOR)
                    // connections beyond the cap wait in the kernel's backlog: accept never runs out of descriptors
                    .maxTcpConnections(limits.maxConnections())
                    .idleConnectionTimeout(limits.idleTimeout())
                    .idleConnectionPeriod(idlePeriod(limits.idleTimeout()))
                    // only this HTTP/1 configuration: a second, discovered one would make malformed request lines
                    // unclaimed by any protocol, closed without an answer
                    .protocolsDiscoverServices(false)
                    .addProtocol(Http1Config.builder().addReceiveListener(new HeaderDeadline(limits.headerTimeout())).build())
                    .directHandlers(direct.build())
                    .routing(routing -> install(routing, app, settings, readiness, registry, tokens, listener))
                    .build()
                    .start();
            if (!server.isRunning() || server.port() < 1) {
                listener.closing();
                server.stop();
                throw new IllegalStateException("the HTTP listener did not bind port " + settings.port());
            }
            listener.watch(server.port());
            return new KycertHttpServer(server, registry, gcMetrics, listener);
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
        install(routing, app, settings, readiness, registry, tokens, ListenerWatch.always());
    }

    /** {@link #routing}, answering what it registered. */
    static Routes install(HttpRouting.Builder routing, Kycert app, HttpSettings settings, Readiness readiness,
                          PrometheusMeterRegistry registry, JwtTokens tokens) {
        return install(routing, app, settings, readiness, registry, tokens, ListenerWatch.always());
    }

    private static Routes install(HttpRouting.Builder routing, Kycert app, HttpSettings settings, Readiness readiness,
                                  PrometheusMeterRegistry registry, JwtTokens tokens, ListenerWatch listener) {
        Routes routes = new Routes(ApiVersions.TABLE, new HttpMetrics(registry), settings.limits().bodyTimeout());
        JsonBodies bodies = new JsonBodies(settings.maxBodyBytes(), new BodyGate(settings.limits()));
        routing.register(new RunsHttpService(app, routes, bodies));
        // without an operator token the operator plane does not exist: its paths fall through to 404
        settings.adminToken().forEach(token -> {
            OperatorPlane plane = OperatorPlane.create(token, () -> app.idempotentRequests(), bodies);
            routing.register(new AdminTenantsHttpService(app, routes, plane), new AdminUsersHttpService(app, routes, plane),
                    new AdminApiKeysHttpService(app, routes, plane), new AdminTemplatesHttpService(app, routes, plane),
                    new AdminListsHttpService(app, routes, plane));
        });
        // the tenants' own management plane (§5), with the same Routes: the same envelope, request ids, metrics, access log
        ManagementPlane management = ManagementPlane.create(app, new TokenGate(tokens), bodies);
        routing.register(new LoginHttpService(app, routes, bodies, tokens), new ApiKeysHttpService(routes, management),
                new TemplatesHttpService(routes, management), new WebhooksHttpService(routes, management),
                new AuditEventsHttpService(routes, management));
        routing.register(new HealthHttpService(routes, readiness, listener, () -> app == null ? java.util.List.of() : app.lists().lists()),
                new MetricsHttpService(routes, registry, settings.metricsToken()),
                new OpenApiHttpService(routes));
        routes.fallback(routing);
        return routes;
    }

    /** How often idle connections are looked for: a quarter of the time-out, between 100 ms and 10 s. */
    private static java.time.Duration idlePeriod(java.time.Duration idle) {
        long millis = Math.max(100, Math.min(10_000, idle.toMillis() / 4));
        return java.time.Duration.ofMillis(millis);
    }

    /** Whether the listener still accepts connections. */
    public boolean listening() {
        return listener.listening();
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
        listener.closing();
        server.stop();
        gcMetrics.close();
        registry.close();
    }
}
