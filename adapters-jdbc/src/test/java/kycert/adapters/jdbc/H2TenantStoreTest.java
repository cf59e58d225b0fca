package kycert.adapters.jdbc;

import kycert.application.port.out.TenantStorePortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TenantStorePortContract} on an embedded H2 file database. */
class H2TenantStoreTest extends TenantStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.h2();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
