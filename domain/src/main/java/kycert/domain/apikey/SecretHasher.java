package kycert.domain.apikey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 under the server's secret: how keys, idempotency keys and cursors are bound to this deployment. */
public final class SecretHasher {
    private final SecretKeySpec key;

    public SecretHasher(byte[] serverSecret) {
        if (serverSecret == null || serverSecret.length < 16) throw new IllegalArgumentException("server secret must be at least 16 bytes");
        this.key = new SecretKeySpec(serverSecret.clone(), "HmacSHA256");
    }

    public byte[] mac(String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) mac.update((byte) 0x1f);
                mac.update(parts[i].getBytes(StandardCharsets.UTF_8));
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public String macHex(String... parts) {
        return HexFormat.of().formatHex(mac(parts));
    }

    public ApiKeyHash hash(ApiKeySecret secret) {
        return new ApiKeyHash(macHex("api-key", secret.value()));
    }
}
