package kycert.adapters.http;

import com.fasterxml.jackson.core.JacksonException;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import kycert.adapters.http.json.ShownOnce;
import kycert.application.port.in.IdempotentRequestCommand;
import kycert.application.port.in.IdempotentRequestUseCase;
import kycert.application.port.in.IdempotentRequestUseCase.Begun;
import kycert.domain.error.ApiError;
import kycert.domain.idempotency.IdempotencyKey;
import kycert.domain.idempotency.IdempotencyRecord;
import kycert.domain.idempotency.RequestFingerprint;
import kycert.domain.idempotency.StoredAnswer;

/**
 * {@code Idempotency-Key} on the POSTs of the management and operator planes, through the durable store every plane
 * shares (ADR 003): the same key, method, path and JSON value within 24 h answer the first success again, on any
 * node, with {@code Idempotent-Replayed: true} and without a secret shown once. Refusals and failures store nothing.
 */
final class IdempotentWrites {
    // asked for at request time: routes are also installed without a facade, to list them (the OpenAPI check)
    private final Supplier<IdempotentRequestUseCase> requests;
    private final JsonBodies bodies;
    private final String plane;

    IdempotentWrites(Supplier<IdempotentRequestUseCase> requests, JsonBodies bodies, String plane) {
        this.requests = requests;
        this.bodies = bodies;
        this.plane = plane;
    }

    /**
     * The endpoint made idempotent, with keys kept apart per {@code scope} (a tenant: one tenant's key never answers
     * another's); {@code readsBody}: whether its JSON body is part of what a key stands for.
     */
    Endpoint wrap(String scope, boolean readsBody, Endpoint inner) {
        return ex -> {
            String raw = ex.header(KycertHeaders.IDEMPOTENCY_KEY);
            if (raw == null) return inner.handle(ex);
            Either<ApiError, IdempotencyKey> key = IdempotencyKey.parse(raw);
            if (key.isLeft()) return Reply.failure(key.getLeft());
            String canonical = "";
            if (readsBody) {
                Either<ApiError, byte[]> body = bodies.read(ex);
                if (body.isLeft()) return Reply.failure(body.getLeft());
                canonical = Json.decodeObject(body.get()).canonical();
            }
            RequestFingerprint fingerprint = RequestFingerprint.ofCanonical(
                    ex.request().prologue().method().text() + " " + ex.request().path().rawPath() + "\n" + canonical);
            return switch (requests.get().begin(new IdempotentRequestCommand(plane, scope, key.get().value(), fingerprint))) {
                case Begun.Refused refused -> Reply.failure(refused.error());
                case Begun.Replayed replayed -> replay(ex, replayed.answer());
                case Begun.Taken taken -> holding(ex, taken.lock(), inner);
            };
        };
    }

    private Reply holding(Exchange ex, IdempotencyRecord lock, Endpoint inner) throws Exception {
        ex.heldIdempotencyKey(lock.scopedKeyHash());
        Reply reply;
        try {
            reply = inner.handle(ex);
        } catch (Exception | Error e) {
            requests.get().release(lock);
            throw e;
        }
        if (!(reply instanceof Reply.Payload p) || p.status() < 200 || p.status() > 299) {
            requests.get().release(lock);
            return reply;
        }
        Object shown = p.body() instanceof ShownOnce secret ? secret.withoutSecret() : p.body();
        String body = new String(Json.write(shown), StandardCharsets.UTF_8);
        // an answer too large to keep is given once and not stored: a retry runs afresh (POST answers are far smaller)
        if (body.length() > StoredAnswer.MAX_BODY_CHARS) requests.get().release(lock);
        else requests.get().complete(lock, new StoredAnswer(p.status(), p.resource().name(), body));
        return reply;
    }

    private static Reply replay(Exchange ex, StoredAnswer answer) throws JacksonException {
        ex.header(KycertHeaders.IDEMPOTENT_REPLAYED, "true");
        return new Reply.Payload(answer.status(), ApiResource.valueOf(answer.resource()), Json.MAPPER.readTree(answer.body()));
    }
}
