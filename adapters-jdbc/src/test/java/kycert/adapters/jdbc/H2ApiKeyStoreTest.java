package kycert.adapters.jdbc;

import kycert.application.port.out.ApiKeyStorePortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ApiKeyStorePortContract} on an embedded H2 file database. */
class H2ApiKeyStoreTest extends ApiKeyStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.h2();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
