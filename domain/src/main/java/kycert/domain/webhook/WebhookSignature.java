package kycert.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code kycert-signature} scheme: {@code t=<unix>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}. A header may
 * carry several {@code v1} values (one per secret that signed it); a receiver accepts any one it can verify.
 */
public final class WebhookSignature {
    public static final String HEADER = "kycert-signature";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private WebhookSignature() {}

    public static String header(String secret, long unixSeconds, String body) {
        return header(java.util.List.of(secret), unixSeconds, body);
    }

    public static String header(java.util.List<String> secrets, long unixSeconds, String body) {
        StringBuilder sb = new StringBuilder("t=").append(unixSeconds);
        for (String secret : secrets) sb.append(",v1=").append(hmacHex(secret, unixSeconds + "." + body));
        return sb.toString();
    }

    /** What a receiver does: parse, recompute, compare in constant time, and refuse stale timestamps. */
    public static boolean verify(String secret, String header, String body, Instant now) {
        if (header == null) return false;
        Long t = null;
        java.util.List<String> v1 = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length != 2) continue;
            if (kv[0].equals("t")) {
                try {
                    t = Long.parseLong(kv[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (kv[0].equals("v1")) {
                v1.add(kv[1]);
            }
        }
        if (t == null || v1.isEmpty()) return false;
        if (Math.abs(now.getEpochSecond() - t) > TOLERANCE.toSeconds()) return false;
        byte[] expected = hmacHex(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII);
        boolean ok = false;
        for (String candidate : v1) ok |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
        return ok;
    }

    private static String hmacHex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
