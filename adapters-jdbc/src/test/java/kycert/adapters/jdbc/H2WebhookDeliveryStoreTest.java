package kycert.adapters.jdbc;

import kycert.application.port.out.WebhookDeliveryStorePortContract;
import kycert.application.port.out.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link WebhookDeliveryStorePortContract} on an embedded H2 file database. */
class H2WebhookDeliveryStoreTest extends WebhookDeliveryStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.h2();

    @Override
    protected Stores newStores() {
        return STORE.freshStores();
    }
}
