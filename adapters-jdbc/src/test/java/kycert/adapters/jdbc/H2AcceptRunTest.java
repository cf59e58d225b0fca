package kycert.adapters.jdbc;

import kycert.application.port.out.AcceptRunPortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link AcceptRunPortContract} on an embedded H2 file database. */
class H2AcceptRunTest extends AcceptRunPortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.h2();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
