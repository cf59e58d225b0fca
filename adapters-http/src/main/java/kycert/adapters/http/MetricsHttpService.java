package kycert.adapters.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;

/** {@code GET /metrics}: the Prometheus text exposition of the registry. */
final class MetricsHttpService implements HttpService {
    static final String METRICS = "/metrics";
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Routes routes;
    private final PrometheusMeterRegistry registry;

    MetricsHttpService(Routes routes, PrometheusMeterRegistry registry) {
        this.routes = routes;
        this.registry = registry;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.path(rules, METRICS)
                .get(ex -> new Reply.Bytes(200, PROMETHEUS_TEXT, registry.scrape().getBytes(StandardCharsets.UTF_8)))
                .register();
    }
}
