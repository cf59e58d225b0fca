package kycert.adapters.jdbc;

import kycert.application.port.out.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ManagementStoresCases} on an embedded H2 file database. */
class H2ManagementStoresTest extends ManagementStoresCases {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.h2();

    @Override
    Stores freshStores() {
        return STORE.freshStores();
    }
}
