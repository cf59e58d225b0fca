package kycert.adapters.memory;

import io.vavr.control.Option;
import java.util.concurrent.ConcurrentHashMap;
import kycert.application.port.out.UserStorePort;
import kycert.domain.user.Email;
import kycert.domain.user.User;

/** Users by email; {@code putIfAbsent} keeps an email unique. */
public final class InMemoryUserStore implements UserStorePort {
    private final ConcurrentHashMap<Email, User> users = new ConcurrentHashMap<>();

    @Override
    public boolean insert(User user) {
        return users.putIfAbsent(user.email(), user) == null;
    }

    @Override
    public Option<User> findByEmail(Email email) {
        return Option.of(users.get(email));
    }
}
