package kycert.adapters.http;

import kycert.domain.error.ApiError;

/** What an endpoint answers; headers beyond these are set on the {@link Exchange} as the request goes. */
sealed interface Reply {

    /** A JSON resource, rendered in the caller's API version. */
    record Payload(int status, ApiResource resource, Object body) implements Reply {}

    /** An error, rendered as the envelope with its status from {@link ErrorStatuses}. */
    record Failure(ApiError error) implements Reply {}

    /** Ready bytes (metrics, the OpenAPI document). */
    record Bytes(int status, String contentType, byte[] body) implements Reply {}

    static Reply ok(ApiResource resource, Object body) {
        return new Payload(200, resource, body);
    }

    static Reply created(ApiResource resource, Object body) {
        return new Payload(201, resource, body);
    }

    static Reply failure(ApiError error) {
        return new Failure(error);
    }
}
