package kycert.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiFunction;
import kycert.application.port.in.LoginCommand;
import kycert.application.port.in.LoginUseCase;
import kycert.application.port.out.LoginAttemptsPort;
import kycert.application.port.out.PasswordHasherPort;
import kycert.application.port.out.UserStorePort;
import kycert.domain.audit.Actor;
import kycert.domain.audit.AuditAction;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.user.Email;
import kycert.domain.user.LoginSubjects;
import kycert.domain.user.LoginThrottle;
import kycert.domain.user.Password;
import kycert.domain.user.User;

/**
 * Logs tenant users in. Unknown email and wrong password look the same (code and time); attempts are throttled by
 * {@link LoginThrottle} on counters every node shares (before any password is checked); every outcome for a known
 * user is audited.
 */
public final class LoginService implements LoginUseCase {
    private final UserStorePort users;
    private final LoginAttemptsPort attempts;
    private final PasswordHasherPort passwords;
    private final BiFunction<Actor, String, AuditRecorder> audit;
    private final Clock clock;

    public LoginService(UserStorePort users, LoginAttemptsPort attempts, PasswordHasherPort passwords,
                        BiFunction<Actor, String, AuditRecorder> audit, Clock clock) {
        this.users = users;
        this.attempts = attempts;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Either<ApiError, User> login(LoginCommand c) {
        if (c.email() == null || c.password() == null) {
            return Either.left(ApiError.of(ErrorCode.MISSING_PARAMETER, "email and password are required.",
                    c.email() == null ? "email" : "password"));
        }
        Instant now = clock.instant();
        Option<Email> email = Email.parse(c.email()).toOption();
        LoginSubjects subjects = LoginSubjects.of(email.map(Email::value).getOrElse(c.email()), c.clientAddress());
        LoginThrottle.Decision decision = attempts.attempt(subjects, now);
        if (!decision.admitted()) {
            return Either.left(ApiError.of(ErrorCode.RATE_LIMIT_EXCEEDED, "Too many failed logins; retry later.")
                    .withRetryAfter(decision.retryAfter()));
        }
        Password password = new Password(c.password());
        Option<User> user = email.flatMap(users::findByEmail);
        boolean ok;
        if (user.isEmpty()) {
            passwords.verifyDummy(password);
            ok = false;
        } else {
            ok = passwords.verify(password, user.get().passwordHash());
        }
        if (!ok) {
            // the attempt was counted as a failure when it was admitted
            user.forEach(u -> audit.apply(Actor.anonymous(u.email().masked()), c.clientAddress())
                    .record(u.tenantId(), AuditAction.LOGIN_FAILED, "user", u.id().toString(), Map.of("email", u.email().masked())));
            return Either.left(ApiError.of(ErrorCode.INVALID_CREDENTIALS));
        }
        attempts.succeeded(subjects, now);
        User u = user.get();
        audit.apply(Actor.user(u.id().toString(), u.email().masked()), c.clientAddress())
                .record(u.tenantId(), AuditAction.LOGIN_SUCCEEDED, "user", u.id().toString(), Map.of("email", u.email().masked()));
        return Either.right(u);
    }
}
