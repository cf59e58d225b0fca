package kycert.adapters.jdbc;

import kycert.application.port.out.TemplateStorePortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TemplateStorePortContract} on an embedded H2 file database. */
class H2TemplateStoreTest extends TemplateStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.h2();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
