package kycert.adapters.jdbc;

import kycert.application.port.out.AcceptRunPortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link AcceptRunPortContract} on a fresh PostgreSQL database. */
class PostgresAcceptRunIT extends AcceptRunPortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.postgres();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
