package kycert.adapters.jdbc;

import kycert.application.port.out.AuditLogPortContract;
import kycert.application.port.out.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link AuditLogPortContract} on a fresh PostgreSQL database. */
class PostgresAuditLogIT extends AuditLogPortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.postgres();

    @Override
    protected Stores newStores() {
        return STORE.freshStores();
    }
}
