package kycert.adapters.jdbc;

import kycert.application.port.out.UserStorePortContract;
import kycert.application.port.out.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link UserStorePortContract} on an embedded H2 file database. */
class H2UserStoreTest extends UserStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.h2();

    @Override
    protected Stores newStores() {
        return STORE.freshStores();
    }
}
