package kycert.adapters.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A configured bearer token (operator, metrics), kept as its digest and compared in constant time. */
final class BearerSecret {
    private final byte[] digest;

    BearerSecret(String token) {
        this.digest = sha256(token);
    }

    boolean matches(String presented) {
        // digests have one length, so the comparison time says nothing about the token
        return MessageDigest.isEqual(sha256(presented), digest);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
