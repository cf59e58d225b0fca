package kycert.adapters.http;

import io.helidon.webserver.http.ServerRequest;
import io.vavr.control.Either;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/**
 * Reads request bodies: JSON only (415 otherwise), at most the configured size (413, whether or not the length was
 * announced). A missing Content-Type is fine when there is no body; the empty body is then malformed JSON.
 */
final class JsonBodies {
    private static final byte[] EMPTY = new byte[0];

    private final int maxBytes;
    private final BodyGate gate;

    JsonBodies(int maxBytes) {
        this(maxBytes, new BodyGate(TransportLimits.defaults()));
    }

    JsonBodies(int maxBytes, BodyGate gate) {
        this.maxBytes = maxBytes;
        this.gate = gate;
    }

    /** The raw body, or why it cannot be taken (unsupported_media_type, payload_too_large); read once per exchange. */
    Either<ApiError, byte[]> read(Exchange ex) {
        if (ex.body() == null) ex.body(readOnce(ex));
        return ex.body();
    }

    private Either<ApiError, byte[]> readOnce(Exchange ex) {
        ServerRequest req = ex.request();
        boolean hasEntity = req.content().hasEntity();
        String contentType = ex.header(KycertHeaders.CONTENT_TYPE);
        if (contentType == null ? hasEntity : !isJson(contentType)) {
            return Either.left(ApiError.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body as application/json" + (contentType == null ? " (no Content-Type was sent)." : ".")));
        }
        OptionalLong length = req.headers().contentLength();
        if (length.isPresent() && length.getAsLong() > maxBytes) return Either.left(tooLarge());
        if (!hasEntity) return Either.right(EMPTY);
        // not closed here: the server drains what is left, so the connection stays usable
        Either<ApiError, byte[]> read = gate.read(ex, () -> req.content().inputStream(), maxBytes + 1);
        // the rest of an oversized body is drained by the server, so the client reads this answer
        return read.flatMap(bytes -> bytes.length > maxBytes ? Either.left(tooLarge()) : Either.right(bytes));
    }

    /** The body decoded as a JSON object, with 415 / 413 / invalid_json as errors: for the operator plane. */
    Either<ApiError, Map<String, Object>> readObject(Exchange ex) {
        return read(ex).flatMap(bytes -> Json.decodeObject(bytes).object());
    }

    private ApiError tooLarge() {
        return ApiError.of(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than " + describe(maxBytes) + ".");
    }

    /** {@code application/json}, with or without parameters; a charset, if any, must be UTF-8. */
    static boolean isJson(String contentType) {
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase("application/json")) return false;
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].strip();
            int eq = param.indexOf('=');
            if (eq < 0) continue;
            if (param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String charset = param.substring(eq + 1).strip().replace("\"", "").toLowerCase(Locale.ROOT);
                if (!charset.equals("utf-8") && !charset.equals("utf8")) return false;
            }
        }
        return true;
    }

    private static String describe(int bytes) {
        return bytes % (1024 * 1024) == 0 ? (bytes / (1024 * 1024)) + " MiB" : bytes + " bytes";
    }
}
