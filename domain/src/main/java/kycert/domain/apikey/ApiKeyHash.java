package kycert.domain.apikey;

import java.util.Objects;
import java.util.regex.Pattern;

/** The keyed hash (HMAC-SHA256, hex) under which a key is stored; the only form of a key that is ever persisted. */
public record ApiKeyHash(String hex) {
    // compiled once: these values are checked on every authenticated request
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ApiKeyHash {
        Objects.requireNonNull(hex, "hex");
        if (!SHA256_HEX.matcher(hex).matches()) throw new IllegalArgumentException("not a SHA-256 hex digest");
    }
}
