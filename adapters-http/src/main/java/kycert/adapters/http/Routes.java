package kycert.adapters.http;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kycert.application.port.out.StoreUnavailableException;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/**
 * Registers endpoints so that every one of them, the fallbacks included, gets the same treatment: a request id,
 * the version echo, a 503 (store unavailable) or 500 envelope instead of any escaping failure, metrics by route
 * template, an access log line, and query and path parameters refused when they are not storable text
 * ({@link RequestText}).
 */
final class Routes {
    static final String UNMATCHED = "unmatched";

    private final ApiVersions versions;
    private final ReplyWriter writer;
    private final HttpMetrics metrics;
    private final List<Route> registered = new ArrayList<>();
    private final Map<String, Header> versionHeaders = new HashMap<>();
    private final java.time.Duration drainTimeout;

    /** One method on one path template, as registered. */
    record Route(String method, String template) {}

    Routes(ApiVersions versions, HttpMetrics metrics) {
        this(versions, metrics, TransportLimits.defaults().bodyTimeout());
    }

    /** {@code drainTimeout}: how long the server may spend reading a body no endpoint read (it drains it after the answer). */
    Routes(ApiVersions versions, HttpMetrics metrics, java.time.Duration drainTimeout) {
        this.drainTimeout = drainTimeout;
        this.versions = versions;
        this.writer = new ReplyWriter(versions);
        this.metrics = metrics;
        versions.all().forEach(v -> versionHeaders.put(v.date(), HeaderValues.createCached(KycertHeaders.API_VERSION, v.date())));
    }

    /** The endpoints of one path template; other methods on it answer 405 with {@code Allow}. */
    PathRoutes path(HttpRules rules, String template) {
        return new PathRoutes(rules, template);
    }

    /** Every method and path template registered so far (the fallbacks aside): what the OpenAPI document must describe. */
    List<Route> registered() {
        return List.copyOf(registered);
    }

    /** Every request no route took: 404 not_found. Register last. */
    void fallback(HttpRules rules) {
        rules.any(handler(UNMATCHED, ex -> Reply.failure(ApiError.of(ErrorCode.NOT_FOUND))));
    }

    Handler handler(String route, Endpoint endpoint) {
        return (req, res) -> serve(req, res, route, endpoint);
    }

    private void serve(ServerRequest req, ServerResponse res, String route, Endpoint endpoint) {
        long start = System.nanoTime();
        String requestId = RequestIds.acceptOrNext(req.headers().first(KycertHeaders.REQUEST_ID).orElse(null));
        res.header(KycertHeaders.REQUEST_ID, requestId);
        res.header(KycertHeaders.NOSNIFF);
        Either<ApiError, ApiVersion> version = versions.resolve(req.headers().first(KycertHeaders.API_VERSION).orElse(null));
        if (version.isRight()) res.header(versionHeaders.get(version.get().date()));
        Exchange ex = new Exchange(req, res, requestId, route, version);
        try {
            writer.write(ex, endpoint.handle(ex));
        } catch (Exchange.UnstorableQuery refused) {
            // an endpoint read a query parameter a store cannot keep: after its own gate, so 401/429/403 come first
            writer.write(ex, Reply.failure(refused.error()));
        } catch (BodyGate.ClientGone gone) {
            AccessLog.clientGone(route, requestId, gone.getMessage());
            answerGone(res, requestId, gone.code());
        } catch (Throwable e) {
            ApiError error = failure(route, requestId, e);
            if (!res.isSent()) {
                try {
                    ReplyWriter.writeError(res, requestId, error);
                } catch (RuntimeException alsoFailed) {
                    AccessLog.warning("could not answer " + requestId + ": " + alsoFailed.getClass().getName());
                }
            }
        } finally {
            // a body left unread (refused, 404, 503) is drained by the server after the answer: within a time-out too
            if (req.content().hasEntity() && !req.content().consumed()) Deadlines.arm(drainTimeout);
            long nanos = System.nanoTime() - start;
            String method = req.prologue().method().text();
            int status = res.status().code();
            metrics.record(method, route, status, nanos);
            AccessLog.request(method, route, status, nanos, requestId, ex.caller());
        }
    }

    /**
     * What an escaping failure answers: 503 with Retry-After when a store could not answer (it logs the outage
     * itself, once), else 500, logged with its stack frames.
     */
    private static ApiError failure(String route, String requestId, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreUnavailableException unavailable) {
                return ApiError.of(ErrorCode.SERVICE_UNAVAILABLE).withRetryAfter(unavailable.retryAfter());
            }
        }
        AccessLog.failure(route, requestId, e);
        return ApiError.of(ErrorCode.INTERNAL_ERROR);
    }

    /** Best effort: the connection is usually closed already, and that is not worth more than the access log line. */
    private static void answerGone(ServerResponse res, String requestId, ErrorCode code) {
        if (res.isSent()) return;
        try {
            res.header(HeaderNames.CONNECTION, "close");
            ReplyWriter.writeError(res, requestId, ApiError.of(code));
        } catch (RuntimeException ignored) {
            // the client is gone
        }
    }

    /** Collects the methods of one path template, then registers them and the 405 for the rest. */
    final class PathRoutes {
        private final HttpRules rules;
        private final String template;
        private final Map<Method, Endpoint> endpoints = new LinkedHashMap<>();

        private PathRoutes(HttpRules rules, String template) {
            this.rules = rules;
            this.template = template;
        }

        PathRoutes get(Endpoint endpoint) {
            endpoints.put(Method.GET, endpoint);
            return this;
        }

        PathRoutes post(Endpoint endpoint) {
            endpoints.put(Method.POST, endpoint);
            return this;
        }

        PathRoutes delete(Endpoint endpoint) {
            endpoints.put(Method.DELETE, endpoint);
            return this;
        }

        void register() {
            endpoints.forEach((method, endpoint) -> {
                rules.route(method, template, handler(template, endpoint));
                registered.add(new Route(method.text(), template));
            });
            String allow = String.join(", ", endpoints.keySet().stream().map(Method::text).toList());
            ApiError notAllowed = ApiError.of(ErrorCode.METHOD_NOT_ALLOWED,
                    "This method is not allowed on this route; use " + allow + ".");
            rules.any(template, handler(template, ex -> {
                ex.header(KycertHeaders.ALLOW, allow);
                return Reply.failure(notAllowed);
            }));
        }
    }
}
