package kycert.adapters.jdbc;

import kycert.application.port.out.RunStorePortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RunStorePortContract} on a fresh PostgreSQL database. */
class PostgresRunStoreIT extends RunStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.postgres();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
