package kycert.domain.apikey;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import kycert.domain.scope.Scope;
import kycert.domain.subject.SubjectType;
import kycert.domain.tenant.TenantId;

/** An API key as stored: its settings and the keyed hash of its secret, never the secret itself. */
public record ApiKey(ApiKeyId id, TenantId tenantId, KeySpec spec, String keyPrefix, ApiKeyHash hash,
                     Instant createdAt, Option<Instant> lastUsedAt, Option<Instant> revokedAt) {

    public ApiKey {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(spec);
        Objects.requireNonNull(keyPrefix);
        Objects.requireNonNull(hash);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(lastUsedAt);
        Objects.requireNonNull(revokedAt);
    }

    public static ApiKey issue(ApiKeyId id, TenantId tenantId, KeySpec spec, ApiKeySecret secret, SecretHasher hasher, Instant now) {
        if (secret.environment() != spec.environment()) throw new IllegalArgumentException("secret environment differs from spec");
        return new ApiKey(id, tenantId, spec, secret.keyPrefix(), hasher.hash(secret), now, Option.none(), Option.none());
    }

    public boolean active() { return revokedAt.isEmpty(); }
    public Environment environment() { return spec.environment(); }
    public Set<Scope> scopes() { return spec.scopes(); }
    public Set<SubjectType> subjectTypes() { return spec.subjectTypes(); }
    public int rateLimit() { return spec.rateLimit(); }
    public String maskedKey() { return ApiKeySecret.maskedFromPrefix(keyPrefix); }

    public ApiKey revoke(Instant now) {
        return active() ? new ApiKey(id, tenantId, spec, keyPrefix, hash, createdAt, lastUsedAt, Option.of(now)) : this;
    }

    /** A new secret under the same id, name and scopes; the old secret stops working. */
    public ApiKey regenerate(ApiKeySecret secret, SecretHasher hasher) {
        if (secret.environment() != spec.environment()) throw new IllegalArgumentException("secret environment differs from spec");
        return new ApiKey(id, tenantId, spec, secret.keyPrefix(), hasher.hash(secret), createdAt, lastUsedAt, revokedAt);
    }

    public ApiKey usedAt(Instant when) {
        return new ApiKey(id, tenantId, spec, keyPrefix, hash, createdAt, Option.of(when), revokedAt);
    }
}
