package kycert.application.port.out;

import java.time.Instant;
import kycert.domain.user.LoginSubjects;
import kycert.domain.user.LoginThrottle;

/**
 * Failed-login counters ({@link kycert.domain.user.LoginCounts}), shared by every node on one store. Each call is
 * atomic for its subjects across all nodes: it reads their counts, applies the {@link LoginThrottle} rule, stores
 * the result.
 */
public interface LoginAttemptsPort {
    /** {@link LoginThrottle#attempt} on the stored counts of {@code subjects} at {@code now}, stored. */
    LoginThrottle.Decision attempt(LoginSubjects subjects, Instant now);

    /** {@link LoginThrottle#succeeded} on the stored counts of {@code subjects} at {@code now}, stored. */
    void succeeded(LoginSubjects subjects, Instant now);

    /** Deletes the counters whose window has passed at {@code now}; returns how many. */
    int purgeExpired(Instant now);
}
