package kycert.adapters.jdbc;

import kycert.application.port.out.RunQueuePortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RunQueuePortContract} on an embedded H2 file database. */
class H2RunQueueTest extends RunQueuePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.h2();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
