package kycert.adapters.jdbc;

import io.vavr.control.Option;
import kycert.application.port.out.UserStorePort;
import kycert.domain.user.Email;
import kycert.domain.user.User;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Tenant users in {@code users}; the unique email constraint decides who gets an address. */
final class JdbcUserRepository implements UserStorePort {
    private final Jdbi jdbi;

    JdbcUserRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean insert(User user) {
        try {
            jdbi.useHandle(h -> h.createUpdate("""
                            INSERT INTO users (id, tenant_id, email, password_hash, created_at)
                            VALUES (:id, :tenantId, :email, :passwordHash, :createdAt)
                            """)
                    .bindMethods(UserRow.of(user))
                    .execute());
            return true;
        } catch (UnableToExecuteStatementException e) {
            if (Sql.state(e).contains("23505")) return false;
            throw e;
        }
    }

    @Override
    public Option<User> findByEmail(Email email) {
        return jdbi.withHandle(h -> Option.ofOptional(h.createQuery(
                                "SELECT id, tenant_id, email, password_hash, created_at FROM users WHERE email = :email")
                        .bind("email", email.value())
                        .mapTo(UserRow.class)
                        .findOne()))
                .map(UserRow::toDomain);
    }
}
