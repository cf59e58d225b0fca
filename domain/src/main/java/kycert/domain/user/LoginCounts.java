package kycert.domain.user;

import java.time.Instant;
import java.util.Objects;

/** The failure counts a login attempt is judged by: its (email, address) pair, its address, its email from every address. */
public record LoginCounts(FailureCount pair, FailureCount address, FailureCount email) {
    public static final LoginCounts NONE = new LoginCounts(FailureCount.NONE, FailureCount.NONE, FailureCount.NONE);

    public LoginCounts {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(email, "email");
    }

    /** These counts as they stand at {@code now} (expired ones are zero). */
    public LoginCounts at(Instant now) {
        return new LoginCounts(pair.at(now), address.at(now), email.at(now));
    }
}
