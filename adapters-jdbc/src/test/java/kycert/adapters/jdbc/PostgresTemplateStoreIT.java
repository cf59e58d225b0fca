package kycert.adapters.jdbc;

import kycert.application.port.out.TemplateStorePortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TemplateStorePortContract} on a fresh PostgreSQL database. */
class PostgresTemplateStoreIT extends TemplateStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.postgres();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
