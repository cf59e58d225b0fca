package kycert.adapters.jdbc;

import kycert.application.port.out.IdempotencyStorePortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link IdempotencyStorePortContract} on a fresh PostgreSQL database. */
class PostgresIdempotencyStoreIT extends IdempotencyStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.postgres();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
