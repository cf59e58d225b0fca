package kycert.application.port.out;

import java.time.Instant;
import java.util.function.UnaryOperator;
import kycert.domain.user.LoginCounts;
import kycert.domain.user.LoginSubjects;
import kycert.domain.user.LoginThrottle;

/**
 * Failed-login counters ({@link LoginCounts}), shared by every node on one store. A store only keeps them: {@link
 * #update} is atomic for its subjects across all nodes; the {@link LoginThrottle} rule is applied here, once, for
 * every store.
 */
public interface LoginAttemptsPort {
    /** Reads the stored counts of {@code subjects}, stores {@code change} of them — one atomic step for every node. */
    void update(LoginSubjects subjects, UnaryOperator<LoginCounts> change);

    /** Deletes the counters whose window has passed at {@code now}; returns how many. */
    int purgeExpired(Instant now);

    /** {@link LoginThrottle#attempt} on the stored counts of {@code subjects} at {@code now}, stored. */
    default LoginThrottle.Decision attempt(LoginSubjects subjects, Instant now) {
        LoginThrottle.Decision[] decision = new LoginThrottle.Decision[1];
        update(subjects, counts -> {
            decision[0] = LoginThrottle.attempt(counts, now);
            return decision[0].counts();
        });
        return decision[0];
    }

    /** {@link LoginThrottle#succeeded} on the stored counts of {@code subjects} at {@code now}, stored. */
    default void succeeded(LoginSubjects subjects, Instant now) {
        update(subjects, counts -> LoginThrottle.succeeded(counts, now));
    }
}
