package kycert.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import kycert.application.port.in.LoginCommand;
import kycert.application.port.in.LoginUseCase;
import kycert.application.port.out.PasswordHasherPort;
import kycert.application.port.out.UserStorePort;
import kycert.domain.audit.Actor;
import kycert.domain.audit.AuditAction;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.user.Email;
import kycert.domain.user.LoginThrottle;
import kycert.domain.user.Password;
import kycert.domain.user.User;

/**
 * Logs tenant users in. Unknown email and wrong password look the same (code and time); failures are throttled
 * per email and per client address on this node; every outcome for a known user is audited.
 */
public final class LoginService implements LoginUseCase {
    private final UserStorePort users;
    private final PasswordHasherPort passwords;
    private final BiFunction<Actor, String, AuditRecorder> audit;
    private final Clock clock;
    private final Map<String, LoginThrottle> throttles = new ConcurrentHashMap<>();

    public LoginService(UserStorePort users, PasswordHasherPort passwords, BiFunction<Actor, String, AuditRecorder> audit, Clock clock) {
        this.users = users;
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
        String emailKey = "email:" + email.map(Email::value).getOrElse(c.email());
        String addressKey = "addr:" + c.clientAddress();
        Duration wait = max(waitFor(emailKey, now, LoginThrottle.MAX_FAILURES),
                waitFor(addressKey, now, LoginThrottle.MAX_FAILURES_PER_ADDRESS));
        if (!wait.isZero() && !wait.isNegative()) {
            return Either.left(ApiError.of(ErrorCode.RATE_LIMIT_EXCEEDED, "Too many failed logins; retry later.").withRetryAfter(wait));
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
            throttles.compute(emailKey, (k, t) -> (t == null ? LoginThrottle.CLEAR : t).fail(now, LoginThrottle.MAX_FAILURES));
            throttles.compute(addressKey, (k, t) -> (t == null ? LoginThrottle.CLEAR : t)
                    .fail(now, LoginThrottle.MAX_FAILURES_PER_ADDRESS));
            user.forEach(u -> audit.apply(Actor.anonymous(u.email().masked()), c.clientAddress())
                    .record(u.tenantId(), AuditAction.LOGIN_FAILED, "user", u.id().toString(), Map.of("email", u.email().masked())));
            return Either.left(ApiError.of(ErrorCode.INVALID_CREDENTIALS));
        }
        throttles.remove(emailKey);
        User u = user.get();
        audit.apply(Actor.user(u.id().toString(), u.email().masked()), c.clientAddress())
                .record(u.tenantId(), AuditAction.LOGIN_SUCCEEDED, "user", u.id().toString(), Map.of("email", u.email().masked()));
        return Either.right(u);
    }

    /** Drops throttles whose failures all left the window. */
    public void purge() {
        Instant now = clock.instant();
        throttles.entrySet().removeIf(e -> e.getValue().failures().stream().allMatch(t -> t.isBefore(now.minus(LoginThrottle.WINDOW))));
    }

    private Duration waitFor(String key, Instant now, int maxFailures) {
        LoginThrottle t = throttles.get(key);
        return t == null ? Duration.ZERO : t.waitBefore(now, maxFailures);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
