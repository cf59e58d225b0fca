package kycert.adapters.jdbc;

import java.util.UUID;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.ApiKeyHash;
import kycert.domain.apikey.ApiKeyId;
import kycert.domain.apikey.Environment;
import kycert.domain.apikey.KeySpec;
import kycert.domain.scope.Scope;
import kycert.domain.subject.SubjectType;
import kycert.domain.tenant.TenantId;

/** An {@code api_keys} row: settings and the keyed hash, never the secret. Public only so Jdbi can map and bind it. */
public record ApiKeyRow(UUID id, UUID tenantId, String name, String environment, String scopes, String subjectTypes,
                 int rateLimit, String keyPrefix, String keyHash, long createdAt, Long lastUsedAt, Long revokedAt) {

    static ApiKeyRow of(ApiKey k) {
        KeySpec spec = k.spec();
        return new ApiKeyRow(k.id().value(), k.tenantId().value(), spec.name(), spec.environment().wire(),
                Wire.list(spec.scopes(), Scope::wire), Wire.list(spec.subjectTypes(), SubjectType::wire),
                spec.rateLimit(), k.keyPrefix(), k.hash().hex(), EpochNanos.of(k.createdAt()),
                EpochNanos.of(k.lastUsedAt()), EpochNanos.of(k.revokedAt()));
    }

    ApiKey toDomain() {
        Environment env = Wire.environment(environment);
        KeySpec spec = new KeySpec(name, env, Wire.set(scopes, Wire::scope), Wire.set(subjectTypes, Wire::subjectType), rateLimit);
        return new ApiKey(new ApiKeyId(id), new TenantId(tenantId), spec, keyPrefix, new ApiKeyHash(keyHash),
                EpochNanos.instant(createdAt), EpochNanos.optional(lastUsedAt), EpochNanos.optional(revokedAt));
    }
}
