package kycert.adapters.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/** {@code GET /metrics}: the Prometheus text exposition of the registry; behind {@code Bearer <KYCERT_METRICS_TOKEN>} when one is set. */
final class MetricsHttpService implements HttpService {
    static final String METRICS = "/metrics";
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Routes routes;
    private final PrometheusMeterRegistry registry;
    private final Option<BearerSecret> token;

    MetricsHttpService(Routes routes, PrometheusMeterRegistry registry, Option<String> metricsToken) {
        this.routes = routes;
        this.registry = registry;
        this.token = metricsToken.map(BearerSecret::new);
    }

    @Override
    public void routing(HttpRules rules) {
        routes.path(rules, METRICS)
                .get(ex -> {
                    Option<ErrorCode> refused = refusal(ex);
                    if (refused.isDefined()) {
                        ex.header(KycertHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kycert-metrics\"");
                        return Reply.failure(ApiError.of(refused.get()));
                    }
                    return new Reply.Bytes(200, PROMETHEUS_TEXT, registry.scrape().getBytes(StandardCharsets.UTF_8));
                })
                .register();
    }

    private Option<ErrorCode> refusal(Exchange ex) {
        if (token.isEmpty()) return Option.none();
        String presented = Credentials.bearer(ex.header(KycertHeaders.AUTHORIZATION));
        if (presented == null) return Option.of(ErrorCode.MISSING_TOKEN);
        return token.get().matches(presented) ? Option.none() : Option.of(ErrorCode.INVALID_TOKEN);
    }
}
