package kycert.adapters.http;

import io.vavr.control.Either;
import java.util.Map;
import kycert.adapters.http.security.JwtTokens.Claims;
import kycert.application.Kycert;
import kycert.domain.audit.Actor;
import kycert.domain.error.ApiError;

/**
 * What every endpoint of a tenant's management plane shares: the token gate, the caller's tenant (from the token,
 * never from the path), the audited use cases acting as the logged-in user, idempotent POSTs, and JSON bodies.
 */
record ManagementPlane(Kycert app, TokenGate gate, IdempotentWrites posts, JsonBodies bodies) {

    /** An endpoint that runs for one logged-in user. */
    @FunctionalInterface
    interface TenantEndpoint {
        Reply handle(Exchange ex, Claims caller) throws Exception;
    }

    static ManagementPlane create(Kycert app, TokenGate gate, JsonBodies bodies) {
        return new ManagementPlane(app, gate, new IdempotentWrites(() -> app.idempotentRequests(), bodies, "management"), bodies);
    }

    /** A read (or a DELETE) behind the gate. */
    Endpoint read(TenantEndpoint endpoint) {
        return ex -> {
            Either<ApiError, Claims> caller = gate.admit(ex);
            return caller.isLeft() ? Reply.failure(caller.getLeft()) : endpoint.handle(ex, caller.get());
        };
    }

    /** A POST behind the gate, idempotent per tenant with {@code Idempotency-Key}; {@code readsBody} when it takes JSON. */
    Endpoint write(boolean readsBody, TenantEndpoint endpoint) {
        return ex -> {
            Either<ApiError, Claims> caller = gate.admit(ex);
            if (caller.isLeft()) return Reply.failure(caller.getLeft());
            return posts.wrap(tenantId(caller.get()), readsBody, inner -> endpoint.handle(inner, caller.get())).handle(ex);
        };
    }

    /** The management use cases acting as this user from this connection: every change is audited. */
    Kycert.Management as(Exchange ex, Claims caller) {
        return app.as(Actor.user(caller.userId(), caller.maskedEmail()), ClientAddress.of(ex));
    }

    /** The request's JSON object, or why there is none (415, 413, invalid_json). */
    Either<ApiError, Map<String, Object>> body(Exchange ex) {
        return bodies.readObject(ex);
    }

    static String tenantId(Claims caller) {
        return caller.tenantId().toString();
    }
}
