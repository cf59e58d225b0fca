package kycert.adapters.http;

import io.helidon.webserver.http.ServerResponse;
import kycert.adapters.http.json.ErrorJson;
import kycert.domain.error.ApiError;

/** Writes a {@link Reply}: the one place where error envelopes, their statuses and Retry-After are made. */
final class ReplyWriter {
    private final ApiVersions versions;

    ReplyWriter(ApiVersions versions) {
        this.versions = versions;
    }

    void write(Exchange ex, Reply reply) {
        switch (reply) {
            case Reply.Payload payload -> {
                byte[] body = versions.render(ex.version().getOrElse(versions::latest), payload.resource(), payload.body());
                send(ex.response(), payload.status(), KycertHeaders.JSON, body);
            }
            case Reply.Failure failure -> writeError(ex.response(), ex.requestId(), failure.error());
            case Reply.Bytes bytes -> send(ex.response(), bytes.status(), bytes.contentType(), bytes.body());
        }
    }

    static void writeError(ServerResponse res, String requestId, ApiError error) {
        error.retryAfter().forEach(after -> res.header(KycertHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(after))));
        send(res, ErrorStatuses.status(error.code()), KycertHeaders.JSON, envelope(error, requestId));
    }

    static byte[] envelope(ApiError error, String requestId) {
        return Json.write(ErrorJson.of(error, requestId));
    }

    /** Whole seconds, rounded up, at least 1: a client never retries too early. */
    static long retryAfterSeconds(java.time.Duration after) {
        return Math.max(1, (after.toMillis() + 999) / 1000);
    }

    private static void send(ServerResponse res, int status, String contentType, byte[] body) {
        res.status(status);
        if (contentType.equals(KycertHeaders.JSON)) res.header(KycertHeaders.CONTENT_TYPE_JSON);
        else res.header(KycertHeaders.CONTENT_TYPE, contentType);
        res.header(KycertHeaders.NO_STORE);
        res.send(body);
    }
}
