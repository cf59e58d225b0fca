package kycert.domain.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.random.RandomGenerator;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import kycert.domain.apikey.SecretHasher;

/**
 * Seals secrets that must be used again later (webhook signing secrets) with AES-256-GCM under a key derived from
 * the server secret, so the database never holds them in clear.
 */
public final class SecretBox {
    private static final int NONCE = 12;
    private final SecretKeySpec key;

    public SecretBox(SecretHasher serverSecret) {
        this.key = new SecretKeySpec(serverSecret.mac("secret-box-v1"), "AES");
    }

    public String seal(String plaintext, RandomGenerator random) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return "v1." + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + ct.length).put(nonce).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public String open(String sealed) {
        if (!sealed.startsWith("v1.")) throw new IllegalArgumentException("unknown sealed format");
        byte[] all = Base64.getDecoder().decode(sealed.substring(3));
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, Arrays.copyOf(all, NONCE)));
            return new String(c.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed secret does not open under this server secret", e);
        }
    }
}
