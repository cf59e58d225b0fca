package kycert.adapters.memory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import kycert.application.port.out.LoginAttemptsPort;
import kycert.domain.user.FailureCount;
import kycert.domain.user.LoginCounts;
import kycert.domain.user.LoginSubjects;

/** Failed-login counters in one map under one lock: logins are few (each pays an Argon2id check), so one lock is plenty. */
public final class InMemoryLoginAttempts implements LoginAttemptsPort {
    private final Map<String, FailureCount> counters = new HashMap<>();

    @Override
    public synchronized int purgeExpired(Instant now) {
        int before = counters.size();
        counters.values().removeIf(c -> !c.expiresAt().isAfter(now));
        return before - counters.size();
    }

    @Override
    public synchronized void update(LoginSubjects s, UnaryOperator<LoginCounts> change) {
        LoginCounts next = change.apply(new LoginCounts(get(s.pair()), get(s.address()), get(s.email())));
        counters.put(s.pair(), next.pair());
        counters.put(s.address(), next.address());
        counters.put(s.email(), next.email());
    }

    private FailureCount get(String key) {
        return counters.getOrDefault(key, FailureCount.NONE);
    }
}
