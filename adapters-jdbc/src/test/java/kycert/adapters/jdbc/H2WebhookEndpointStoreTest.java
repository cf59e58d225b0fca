package kycert.adapters.jdbc;

import kycert.application.port.out.WebhookEndpointStorePortContract;
import kycert.application.port.out.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link WebhookEndpointStorePortContract} on an embedded H2 file database. */
class H2WebhookEndpointStoreTest extends WebhookEndpointStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.h2();

    @Override
    protected Stores newStores() {
        return STORE.freshStores();
    }
}
