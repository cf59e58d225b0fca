package kycert.adapters.jdbc;

import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Serializes a tenant's capped inserts (keys, webhook endpoints) across every node: the tenant's row is locked until
 * the transaction ends, so a count taken after it and the insert that follows cannot interleave with another's.
 */
final class TenantLock {
    private TenantLock() {}

    /** Locks the tenant's row in {@code h}'s transaction; a tenant that does not exist is a bug (its inserts would break a foreign key). */
    static void hold(Handle h, UUID tenant) {
        h.createQuery("SELECT id FROM tenants WHERE id = :id FOR UPDATE").bind("id", tenant).mapTo(UUID.class).findOne()
                .orElseThrow(() -> new IllegalStateException("no tenant " + tenant));
    }
}
