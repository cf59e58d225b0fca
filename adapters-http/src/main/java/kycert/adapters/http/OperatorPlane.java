package kycert.adapters.http;

import io.vavr.control.Either;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import kycert.application.port.in.IdempotentRequestUseCase;
import kycert.domain.error.ApiError;

/** What every operator endpoint shares: the token gate, durably idempotent POSTs, and JSON bodies. */
record OperatorPlane(AdminGate gate, IdempotentWrites posts, JsonBodies bodies) {

    static OperatorPlane create(String adminToken, Supplier<IdempotentRequestUseCase> requests, JsonBodies bodies) {
        return new OperatorPlane(new AdminGate(adminToken, Clock.systemUTC()), new IdempotentWrites(requests, bodies, "operator"), bodies);
    }

    /** A read behind the gate. */
    Endpoint read(Endpoint endpoint) {
        return gate.guard(endpoint);
    }

    /** A write behind the gate, idempotent with {@code Idempotency-Key}; {@code readsBody} when it takes a JSON body. */
    Endpoint write(boolean readsBody, Endpoint endpoint) {
        return gate.guard(posts.wrap("", readsBody, endpoint));
    }

    /** The request's JSON object, or why there is none (415, 413, invalid_json). */
    Either<ApiError, Map<String, Object>> body(Exchange ex) {
        return bodies.readObject(ex);
    }
}
