package kycert.adapters.jdbc;

import kycert.application.port.out.RunStorePortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RunStorePortContract} on an embedded H2 file database. */
class H2RunStoreTest extends RunStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.h2();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
