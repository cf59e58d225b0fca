package kycert.adapters.http.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import kycert.application.port.out.PasswordHasherPort;

/**
 * Argon2id with OWASP's baseline parameters (19 MiB, 2 iterations, 1 lane) and a random 16-byte salt per hash,
 * from Password4j; no hand-rolled KDF.
 */
public final class Argon2PasswordHasher implements PasswordHasherPort {
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    private final String dummyHash;

    public Argon2PasswordHasher() {
        this.dummyHash = Password.hash("kycert-dummy-password-for-timing").addRandomSalt(16).with(ARGON2).getResult();
    }

    @Override
    public String hash(kycert.domain.user.Password password) {
        return Password.hash(password.value()).addRandomSalt(16).with(ARGON2).getResult();
    }

    @Override
    public boolean verify(kycert.domain.user.Password password, String hash) {
        try {
            return Password.check(password.value(), hash).with(ARGON2);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void verifyDummy(kycert.domain.user.Password password) {
        verify(password, dummyHash);
    }
}
