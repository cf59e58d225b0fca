package kycert.application.service;

import io.vavr.control.Either;
import java.time.Clock;
import java.util.List;
import kycert.application.port.in.CreateApiKeyCommand;
import kycert.application.port.in.ManageApiKeysUseCase;
import kycert.application.port.out.ApiKeyStorePort;
import kycert.application.port.out.RandomnessPort;
import kycert.application.port.out.TenantStorePort;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.ApiKeyId;
import kycert.domain.apikey.ApiKeySecret;
import kycert.domain.apikey.KeySpec;
import kycert.domain.apikey.SecretHasher;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.tenant.Tenant;

/** Creates, lists, revokes and regenerates a tenant's keys; the secret exists in clear only in the answer. */
public final class ApiKeyAdminService implements ManageApiKeysUseCase {
    /** Active (unrevoked) keys a tenant may hold at once. */
    public static final int MAX_ACTIVE_KEYS = 100;

    private final TenantStorePort tenants;
    private final ApiKeyStorePort keys;
    private final RandomnessPort randomness;
    private final SecretHasher hasher;
    private final Clock clock;

    public ApiKeyAdminService(TenantStorePort tenants, ApiKeyStorePort keys, RandomnessPort randomness, SecretHasher hasher, Clock clock) {
        this.tenants = tenants;
        this.keys = keys;
        this.randomness = randomness;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public Either<ApiError, Issued> create(CreateApiKeyCommand c) {
        Either<ApiError, Tenant> tenant = Lookups.tenantThatMayAdd(tenants, c.tenantId());
        if (tenant.isLeft()) return Either.left(tenant.getLeft());
        Either<ApiError, KeySpec> spec = KeySpec.parse(c.name(), c.environment(), c.scopes(), c.subjectTypes(), c.rateLimit());
        if (spec.isLeft()) return Either.left(spec.getLeft());
        ApiKeySecret secret = ApiKeySecret.generate(spec.get().environment(), randomness.secure());
        ApiKey key = ApiKey.issue(new ApiKeyId(randomness.uuid()), tenant.get().id(), spec.get(), secret, hasher, clock.instant());
        if (!keys.insertWithin(key, MAX_ACTIVE_KEYS)) {
            return Either.left(ApiError.of(ErrorCode.LIMIT_REACHED,
                    "At most " + MAX_ACTIVE_KEYS + " active API keys per tenant; revoke one first.", null));
        }
        return Either.right(new Issued(key, secret));
    }

    @Override
    public Either<ApiError, List<ApiKey>> list(String tenantId) {
        return Lookups.tenant(tenants, tenantId).map(t -> keys.list(t.id()));
    }

    @Override
    public Either<ApiError, ApiKey> get(String tenantId, String keyId) {
        Either<ApiError, Tenant> tenant = Lookups.tenant(tenants, tenantId);
        if (tenant.isLeft()) return Either.left(tenant.getLeft());
        return ApiKeyId.parse(keyId).flatMap(id -> keys.find(tenant.get().id(), id))
                .toEither(() -> Lookups.notFound("API key", "id"));
    }

    @Override
    public Either<ApiError, ApiKey> revoke(String tenantId, String keyId) {
        return get(tenantId, keyId).map(key -> {
            ApiKey revoked = key.revoke(clock.instant());
            if (revoked != key) keys.update(revoked);
            return revoked;
        });
    }

    @Override
    public Either<ApiError, Issued> regenerate(String tenantId, String keyId) {
        Either<ApiError, ApiKey> key = get(tenantId, keyId);
        if (key.isLeft()) return Either.left(key.getLeft());
        Either<ApiError, Tenant> tenant = Lookups.tenantThatMayAdd(tenants, tenantId);
        if (tenant.isLeft()) return Either.left(tenant.getLeft());
        if (!key.get().active()) {
            return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "A revoked key cannot be regenerated; create a new key.", "id"));
        }
        ApiKeySecret secret = ApiKeySecret.generate(key.get().environment(), randomness.secure());
        ApiKey regenerated = key.get().regenerate(secret, hasher);
        keys.update(regenerated);
        return Either.right(new Issued(regenerated, secret));
    }
}
