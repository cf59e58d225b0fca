package kycert.adapters.jdbc;

import kycert.application.port.out.RateWindowPortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RateWindowPortContract} on a fresh PostgreSQL database. */
class PostgresRateWindowIT extends RateWindowPortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.postgres();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
