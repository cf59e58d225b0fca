package kycert.application.port.out;

import kycert.domain.user.Password;

/** A slow, salted password KDF. */
public interface PasswordHasherPort {
    String hash(Password password);

    boolean verify(Password password, String hash);

    /** Spends the same time as a failed {@link #verify}, for unknown emails. */
    void verifyDummy(Password password);
}
