package kycert.application.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import kycert.domain.apikey.ApiKey;
import kycert.domain.error.ApiError;
import kycert.domain.idempotency.RequestFingerprint;
import kycert.domain.run.RunRequest;

/**
 * A request to create a run. {@code request} is the body as decoded and validated (or why it is not), kept as a
 * value so its errors surface in the contract's order, after scope and idempotency.
 */
public record CreateRunCommand(ApiKey caller, Option<String> idempotencyKey, RequestFingerprint fingerprint,
                               Either<ApiError, RunRequest> request) {
    public CreateRunCommand {
        Objects.requireNonNull(caller);
        Objects.requireNonNull(idempotencyKey);
        Objects.requireNonNull(fingerprint);
        Objects.requireNonNull(request);
    }
}
