package kycert.application.port.out;

import io.vavr.control.Option;
import kycert.domain.user.Email;
import kycert.domain.user.User;

/** Tenant users; an email belongs to one user across all tenants. */
public interface UserStorePort {
    /** False (nothing written) when the email is taken. */
    boolean insert(User user);

    Option<User> findByEmail(Email email);
}
