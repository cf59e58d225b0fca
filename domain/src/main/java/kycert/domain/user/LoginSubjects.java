package kycert.domain.user;

import java.util.Objects;

/**
 * Who a login attempt is counted against: the (email, client address) pair, the client address, and the email
 * across every address — each as a store key. The email is as typed when it is not a valid one (it is still
 * counted, so unknown and known emails are throttled alike).
 */
public record LoginSubjects(String pair, String address, String email) {
    public LoginSubjects {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(email, "email");
    }

    public static LoginSubjects of(String email, String clientAddress) {
        // an address never holds a NUL, so the last NUL splits the pair key unambiguously
        return new LoginSubjects("pair:" + email + '\0' + clientAddress, "addr:" + clientAddress, "email:" + email);
    }
}
