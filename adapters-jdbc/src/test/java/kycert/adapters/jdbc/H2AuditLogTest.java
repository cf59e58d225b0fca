package kycert.adapters.jdbc;

import kycert.application.port.out.AuditLogPortContract;
import kycert.application.port.out.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link AuditLogPortContract} on an embedded H2 file database. */
class H2AuditLogTest extends AuditLogPortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.h2();

    @Override
    protected Stores newStores() {
        return STORE.freshStores();
    }
}
