package kycert.domain.run;

import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.Map;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/** A run's metadata rule: a flat object of string values, at most 10 keys, keys ≤ 40 chars, values ≤ 500 chars. */
public final class Metadata {
    public static final int MAX_KEYS = 10;
    public static final int MAX_KEY_LENGTH = 40;
    public static final int MAX_VALUE_LENGTH = 500;

    private Metadata() {}

    /** Validates a decoded JSON value (null → empty). */
    public static Either<ApiError, Map<String, String>> parse(Object raw) {
        if (raw == null) return Either.right(Map.of());
        if (!(raw instanceof Map<?, ?> map)) return Either.left(error("metadata must be an object."));
        if (map.size() > MAX_KEYS) return Either.left(error("metadata has " + map.size() + " keys; at most " + MAX_KEYS + " are allowed."));
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) return Either.left(error("metadata keys must be 1 to " + MAX_KEY_LENGTH + " characters."));
            if (!(e.getValue() instanceof String value)) return Either.left(error("metadata." + key + " must be a string."));
            if (value.length() > MAX_VALUE_LENGTH) return Either.left(error("metadata." + key + " is longer than " + MAX_VALUE_LENGTH + " characters."));
            out.put(key, value);
        }
        return Either.right(java.util.Collections.unmodifiableMap(out));
    }

    private static ApiError error(String message) {
        return ApiError.of(ErrorCode.INVALID_METADATA, message, "metadata");
    }
}
