package kycert.adapters.jdbc;

import kycert.application.port.out.ListVersionStorePortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ListVersionStorePortContract} on an embedded H2 file database. */
class H2ListVersionStoreTest extends ListVersionStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.h2();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
