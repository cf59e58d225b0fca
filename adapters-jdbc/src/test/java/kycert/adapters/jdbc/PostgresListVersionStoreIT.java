package kycert.adapters.jdbc;

import kycert.application.port.out.ListVersionStorePortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ListVersionStorePortContract} on a fresh PostgreSQL database. */
class PostgresListVersionStoreIT extends ListVersionStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.postgres();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
