package kycert.domain.user;

import java.time.Instant;
import java.util.Objects;
import kycert.domain.tenant.TenantId;

/** A tenant's staff member who logs in to manage keys, templates and webhooks. Holds only the password's KDF hash. */
public record User(UserId id, TenantId tenantId, Email email, String passwordHash, Instant createdAt) {
    public User {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(email);
        Objects.requireNonNull(passwordHash);
        Objects.requireNonNull(createdAt);
    }

    @Override public String toString() { return "User[" + id + ", " + email.masked() + "]"; }
}
