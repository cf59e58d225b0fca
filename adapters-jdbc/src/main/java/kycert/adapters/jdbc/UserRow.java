package kycert.adapters.jdbc;

import java.util.UUID;
import kycert.domain.tenant.TenantId;
import kycert.domain.user.Email;
import kycert.domain.user.User;
import kycert.domain.user.UserId;

/** A {@code users} row. Public only so Jdbi can map and bind it reflectively. */
public record UserRow(UUID id, UUID tenantId, String email, String passwordHash, long createdAt) {
    static UserRow of(User u) {
        return new UserRow(u.id().value(), u.tenantId().value(), u.email().value(), u.passwordHash(), EpochNanos.of(u.createdAt()));
    }

    User toDomain() {
        return new User(new UserId(id), new TenantId(tenantId), new Email(email), passwordHash, EpochNanos.instant(createdAt));
    }
}
