package kycert.adapters.http.json;

import kycert.domain.error.ApiError;

/** The seed-000 error envelope plus the request id: {@code {error:{type, code, message, param}, request_id}}. */
public record ErrorJson(Body error, String requestId) {

    /** The envelope's {@code error} object. */
    public record Body(String type, String code, String message, String param) {
        public static Body of(ApiError error) {
            return new Body(error.code().type().wire(), error.code().code(), error.message(), error.param().getOrNull());
        }
    }

    public static ErrorJson of(ApiError error, String requestId) {
        return new ErrorJson(Body.of(error), requestId);
    }
}
