package kycert.domain.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** SHA-256 of a request's canonical form (its JSON value with sorted keys, no spacing), so equal values match. */
public record RequestFingerprint(String hex) {
    // compiled once: these values are checked on every authenticated request
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public RequestFingerprint {
        Objects.requireNonNull(hex);
        if (!SHA256_HEX.matcher(hex).matches()) throw new IllegalArgumentException("not a SHA-256 hex digest");
    }

    public static RequestFingerprint ofCanonical(String canonical) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return new RequestFingerprint(HexFormat.of().formatHex(md.digest(canonical.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
