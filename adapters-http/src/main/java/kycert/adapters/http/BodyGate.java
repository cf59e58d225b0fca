package kycert.adapters.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.RequestException;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/**
 * How a request body is taken off the wire: in small chunks up to the limit (memory follows the bytes that arrived,
 * never the length a client announced), within the body time-out, and only while fewer than the configured number
 * of bodies are being read (503 with Retry-After beyond that).
 */
final class BodyGate {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final Semaphore inFlight;
    private final Duration timeout;

    BodyGate(TransportLimits limits) {
        this.inFlight = new Semaphore(limits.maxBodiesInFlight());
        this.timeout = limits.bodyTimeout();
    }

    /** At most {@code atMost} bytes of the body; {@link ClientGone} when the client stops sending or disconnects. */
    Either<ApiError, byte[]> read(Exchange ex, Supplier<InputStream> body, int atMost) {
        if (!inFlight.tryAcquire()) {
            closeAfter(ex);
            return Either.left(ApiError.of(ErrorCode.SERVICE_UNAVAILABLE,
                    "Too many request bodies are being received right now; retry shortly.").withRetryAfter(RETRY_AFTER));
        }
        try {
            Deadlines.arm(timeout);
            byte[] bytes;
            try {
                // readNBytes grows its buffer with what arrives, so a large announced length costs nothing up front
                bytes = body.get().readNBytes(atMost);
            } catch (IOException | RuntimeException e) {
                return failed(ex, e);
            }
            if (Deadlines.disarm()) throw new ClientGone(ErrorCode.REQUEST_TIMEOUT, "body time-out");
            return Either.right(bytes);
        } finally {
            inFlight.release();
        }
    }

    private static Either<ApiError, byte[]> failed(Exchange ex, Exception e) {
        if (Deadlines.disarm()) throw new ClientGone(ErrorCode.REQUEST_TIMEOUT, "body time-out");
        if (e instanceof RequestException re && re.status().code() == 413) return Either.left(ApiError.of(ErrorCode.PAYLOAD_TOO_LARGE));
        if (e instanceof IOException || e instanceof UncheckedIOException
                || e.getClass().getName().endsWith("InsufficientDataAvailableException")) {
            throw new ClientGone(ErrorCode.MALFORMED_REQUEST, "client closed the connection mid-body");
        }
        // a chunk size that is not hex, a broken chunk: the framing is lost, so is the connection
        closeAfter(ex);
        return Either.left(ApiError.of(ErrorCode.MALFORMED_REQUEST, "The request body's framing is malformed."));
    }

    private static void closeAfter(Exchange ex) {
        ex.header(HeaderNames.CONNECTION, "close");
    }

    /** The client stopped sending (time-out) or went away mid-body: nothing to answer to, one quiet log line. */
    static final class ClientGone extends RuntimeException {
        private final ErrorCode code;

        ClientGone(ErrorCode code, String what) {
            super(what, null, false, false);
            this.code = code;
        }

        ErrorCode code() { return code; }
    }
}
