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
    private io.vavr.control.Option<ApiError> queryFault;
    private Boolean pathMalformed;
    private io.vavr.control.Option<String> heldIdempotencyKey = io.vavr.control.Option.none();

    /** What a path parameter reads as when it is not storable text. */
    static final String MALFORMED_ID = "-";

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

    /** The scoped hash of the Idempotency-Key this request holds, if any: keys an effect that must apply once. */
    io.vavr.control.Option<String> heldIdempotencyKey() { return heldIdempotencyKey; }

    void heldIdempotencyKey(String scopedKeyHash) { this.heldIdempotencyKey = io.vavr.control.Option.of(scopedKeyHash); }

    /** The first value of a request header, or null. */
    String header(HeaderName name) {
        return request.headers().first(name).orElse(null);
    }

    void header(HeaderName name, String value) {
        response.header(name, value);
    }

    /**
     * A path parameter (always an id here). One that is not storable text names nothing, so it reads as {@link
     * #MALFORMED_ID}, which no id parser accepts: the endpoint answers its own 404, as for any malformed id.
     */
    String pathParam(String name) {
        if (pathMalformed == null) pathMalformed = RequestText.pathIsMalformed(request);
        return pathMalformed ? MALFORMED_ID : request.path().pathParameters().get(name);
    }

    /**
     * The first value of a query parameter, or null.
     *
     * @throws UnstorableQuery when any query parameter is not storable text (400 naming it): read by the endpoint after
     *                         its gate, so authentication, rate limit and scope are answered first
     */
    String query(String name) {
        if (queryFault == null) queryFault = RequestText.inQuery(request);
        if (queryFault.isDefined()) throw new UnstorableQuery(queryFault.get());
        return request.query().first(name).orElse(null);
    }

    /** A query parameter held text a store cannot keep. */
    static final class UnstorableQuery extends RuntimeException {
        private final transient ApiError error;

        UnstorableQuery(ApiError error) {
            super(error.code().code(), null, false, false);
            this.error = error;
        }

        ApiError error() { return error; }
    }
}
