package kycert.adapters.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Request timers by method, route template and status; never by raw path, so the label set stays small. */
final class HttpMetrics {
    static final String REQUESTS = "http.server.requests";
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private final MeterRegistry registry;
    private final ConcurrentHashMap<Key, Timer> timers = new ConcurrentHashMap<>();

    private record Key(String method, String route, int status) {}

    HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String method, String route, int status, long nanos) {
        Key key = new Key(METHODS.contains(method) ? method : "OTHER", route, status);
        timers.computeIfAbsent(key, k -> Timer.builder(REQUESTS)
                        .description("HTTP requests served, by method, route template and status")
                        .tag("method", k.method())
                        .tag("route", k.route())
                        .tag("status", Integer.toString(k.status()))
                        .register(registry))
                .record(Duration.ofNanos(nanos));
    }
}
