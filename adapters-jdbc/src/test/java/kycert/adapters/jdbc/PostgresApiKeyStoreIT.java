package kycert.adapters.jdbc;

import kycert.application.port.out.ApiKeyStorePortContract;
import kycert.application.port.out.Ports;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ApiKeyStorePortContract} on a fresh PostgreSQL database. */
class PostgresApiKeyStoreIT extends ApiKeyStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.postgres();

    @Override
    protected Ports newPorts() {
        return STORE.freshPorts();
    }
}
