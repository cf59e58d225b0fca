package kycert.adapters.jdbc;

import kycert.application.port.out.RunQueuePortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RunQueuePortContract} on a fresh PostgreSQL database. */
class PostgresRunQueueIT extends RunQueuePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.postgres();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
