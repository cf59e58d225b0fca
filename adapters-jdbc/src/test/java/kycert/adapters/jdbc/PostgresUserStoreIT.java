package kycert.adapters.jdbc;

import kycert.application.port.out.UserStorePortContract;
import kycert.application.port.out.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link UserStorePortContract} on a fresh PostgreSQL database. */
class PostgresUserStoreIT extends UserStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.postgres();

    @Override
    protected Stores newStores() {
        return STORE.freshStores();
    }
}
