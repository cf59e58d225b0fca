package kycert.adapters.http;

import io.helidon.http.DirectHandler;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/**
 * What the server answers by itself, before any route (a malformed request line or header, a declared body far
 * beyond the limit): the same error envelope and request id as everywhere else, never the server's default text.
 */
final class EnvelopeDirectHandler implements DirectHandler {

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders headers, String message) {
        String requestId = RequestIds.next();
        ApiError error = errorFor(status.code());
        AccessLog.request(request.method(), Routes.UNMATCHED, status.code(), 0, requestId, "-");
        return TransportResponse.builder()
                .status(status)
                .headers(headers)
                .header(KycertHeaders.CONTENT_TYPE, KycertHeaders.JSON)
                .header(KycertHeaders.REQUEST_ID, requestId)
                .header(KycertHeaders.NOSNIFF.headerName(), "nosniff")
                .entity(ReplyWriter.envelope(error, requestId))
                .build();
    }

    /** Framing errors are the client's: each gets a client-error code, whatever status HTTP gives it. */
    static ApiError errorFor(int status) {
        return switch (status) {
            case 404 -> ApiError.of(ErrorCode.NOT_FOUND);
            case 405 -> ApiError.of(ErrorCode.METHOD_NOT_ALLOWED);
            case 408 -> ApiError.of(ErrorCode.REQUEST_TIMEOUT);
            case 413 -> ApiError.of(ErrorCode.PAYLOAD_TOO_LARGE);
            case 415 -> ApiError.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
            // Helidon answers 501 only for a Transfer-Encoding other than chunked
            case 501 -> ApiError.of(ErrorCode.UNSUPPORTED_TRANSFER_ENCODING);
            case 503 -> ApiError.of(ErrorCode.SERVICE_UNAVAILABLE);
            case 505 -> ApiError.of(ErrorCode.HTTP_VERSION_NOT_SUPPORTED);
            default -> status >= 500 ? ApiError.of(ErrorCode.INTERNAL_ERROR) : ApiError.of(ErrorCode.MALFORMED_REQUEST);
        };
    }
}
