package kycert.application.port.in;

import java.util.Objects;
import kycert.domain.idempotency.RequestFingerprint;

/**
 * A POST carrying {@code Idempotency-Key}: its plane ("management", "operator"), the scope within it (a tenant's
 * id; empty for the operator), the raw key, and the fingerprint of method, path and canonical body.
 */
public record IdempotentRequestCommand(String plane, String scope, String key, RequestFingerprint fingerprint) {
    public IdempotentRequestCommand {
        Objects.requireNonNull(plane);
        Objects.requireNonNull(scope);
        Objects.requireNonNull(key);
        Objects.requireNonNull(fingerprint);
    }
}
