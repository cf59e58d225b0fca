package kycert.adapters.jdbc;

import kycert.application.port.out.IdempotencyStorePortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link IdempotencyStorePortContract} on an embedded H2 file database. */
class H2IdempotencyStoreTest extends IdempotencyStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.h2();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
