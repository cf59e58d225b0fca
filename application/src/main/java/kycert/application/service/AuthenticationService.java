package kycert.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import kycert.application.port.in.AuthenticateApiKeyUseCase;
import kycert.application.port.out.ApiKeyStorePort;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.ApiKeySecret;
import kycert.domain.apikey.SecretHasher;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/**
 * Checks shape and checksum first (no lookup for a mistyped key), then the keyed hash, then that the key is active.
 * During a rotation of the server secret, a key not found under the current secret is looked up under the previous
 * one (KYCERT_SECRET_PREVIOUS), so issued keys keep working until they are regenerated.
 */
public final class AuthenticationService implements AuthenticateApiKeyUseCase {
    private final ApiKeyStorePort keys;
    private final SecretHasher hasher;
    private final Option<SecretHasher> previous;
    private final KeyUsageRecorder usage;
    private final Clock clock;

    public AuthenticationService(ApiKeyStorePort keys, SecretHasher hasher, Option<SecretHasher> previous, KeyUsageRecorder usage,
                                 Clock clock) {
        this.keys = keys;
        this.hasher = hasher;
        this.previous = previous;
        this.usage = usage;
        this.clock = clock;
    }

    @Override
    public Either<ApiError, ApiKey> authenticate(String rawKey) {
        if (rawKey == null || rawKey.isBlank()) return Either.left(ApiError.of(ErrorCode.MISSING_API_KEY));
        Option<ApiKeySecret> secret = ApiKeySecret.parse(rawKey.strip());
        if (secret.isEmpty()) return Either.left(ApiError.of(ErrorCode.INVALID_API_KEY));
        Option<ApiKey> key = keys.findByHash(hasher.hash(secret.get()))
                .orElse(() -> previous.flatMap(p -> keys.findByHash(p.hash(secret.get()))))
                .filter(ApiKey::active);
        if (key.isEmpty()) return Either.left(ApiError.of(ErrorCode.INVALID_API_KEY));
        usage.record(key.get().id(), clock.instant());
        return Either.right(key.get());
    }
}
