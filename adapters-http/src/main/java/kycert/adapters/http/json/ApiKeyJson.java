package kycert.adapters.http.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.ApiKeySecret;
import kycert.domain.scope.Scope;
import kycert.domain.subject.SubjectType;

/** An API key's metadata; {@code key}, the full secret, only in the answer that creates or regenerates it. */
public record ApiKeyJson(String id, String object, String name, String environment, List<String> scopes,
                         List<String> subjectTypes, int rateLimit, String keyPrefix, String maskedKey, boolean active,
                         String createdAt, String lastUsedAt, String revokedAt,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String key) implements ShownOnce {

    public static ApiKeyJson of(ApiKey key) {
        return of(key, null);
    }

    public static ApiKeyJson issued(ApiKey key, ApiKeySecret secret) {
        return of(key, secret.value());
    }

    private static ApiKeyJson of(ApiKey key, String secret) {
        return new ApiKeyJson(key.id().toString(), "api_key", key.spec().name(), key.environment().wire(),
                key.scopes().stream().sorted(Comparator.naturalOrder()).map(Scope::wire).toList(),
                key.subjectTypes().stream().sorted(Comparator.naturalOrder()).map(SubjectType::wire).toList(),
                key.rateLimit(), key.keyPrefix(), key.maskedKey(), key.active(), Timestamps.format(key.createdAt()),
                Timestamps.format(key.lastUsedAt()), Timestamps.format(key.revokedAt()), secret);
    }

    @Override
    public ApiKeyJson withoutSecret() {
        return new ApiKeyJson(id, object, name, environment, scopes, subjectTypes, rateLimit, keyPrefix, maskedKey, active,
                createdAt, lastUsedAt, revokedAt, null);
    }

    @Override
    public String toString() {
        // a record's toString would print the secret
        return "ApiKeyJson[id=" + id + ", keyPrefix=" + keyPrefix + "]";
    }
}
