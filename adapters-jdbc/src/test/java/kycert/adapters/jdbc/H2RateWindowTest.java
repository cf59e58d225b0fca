package kycert.adapters.jdbc;

import kycert.application.port.out.RateWindowPortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RateWindowPortContract} on an embedded H2 file database. */
class H2RateWindowTest extends RateWindowPortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.h2();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
