package kycert.adapters.http;

import io.helidon.http.HeaderName;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.vavr.control.Either;
import kycert.domain.error.ApiError;

/** One request on its way through an endpoint: its id, route, API version, and who called (for the access log). */
final class Exchange {
    private final ServerRequest request;
    private final ServerResponse response;
    private final String requestId;
    private final String route;
    private final Either<ApiError, ApiVersion> version;
    private String caller = "-";
    private Either<ApiError, byte[]> body;

    Exchange(ServerRequest request, ServerResponse response, String requestId, String route,
             Either<ApiError, ApiVersion> version) {
        this.request = request;
        this.response = response;
        this.requestId = requestId;
        this.route = route;
        this.version = version;
    }

    ServerRequest request() { return request; }

    ServerResponse response() { return response; }

    String requestId() { return requestId; }

    /** The route template (never the raw path, which may carry ids or documents). */
    String route() { return route; }

    /** The version the request asked for, or unknown_api_version; each plane decides when to refuse it. */
    Either<ApiError, ApiVersion> version() { return version; }

    /** Who called, as safe to log: a key's public prefix, "operator", or "-". */
    String caller() { return caller; }

    void caller(String who) { this.caller = who; }

    /** The body as read once (by {@link JsonBodies}), so a wrapper and its endpoint can both look at it; null before. */
    Either<ApiError, byte[]> body() { return body; }

    void body(Either<ApiError, byte[]> read) { this.body = read; }

    /** The first value of a request header, or null. */
    String header(HeaderName name) {
        return request.headers().first(name).orElse(null);
    }

    void header(HeaderName name, String value) {
        response.header(name, value);
    }

    String pathParam(String name) {
        return request.path().pathParameters().get(name);
    }

    /** The first value of a query parameter, or null. */
    String query(String name) {
        return request.query().first(name).orElse(null);
    }
}
