package kycert.adapters.jdbc;

import kycert.application.port.out.TenantStorePortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TenantStorePortContract} on a fresh PostgreSQL database. */
class PostgresTenantStoreIT extends TenantStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.postgres();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
