package kycert.adapters.jdbc;

import kycert.application.port.out.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ManagementStoresCases} on a fresh PostgreSQL database. */
class PostgresManagementStoresIT extends ManagementStoresCases {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.postgres();

    @Override
    Stores freshStores() {
        return STORE.freshStores();
    }
}
