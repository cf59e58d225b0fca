package kycert.adapters.jdbc;

import kycert.application.port.out.WebhookDeliveryStorePortContract;
import kycert.application.port.out.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link WebhookDeliveryStorePortContract} on a fresh PostgreSQL database. */
class PostgresWebhookDeliveryStoreIT extends WebhookDeliveryStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.postgres();

    @Override
    protected Stores newStores() {
        return STORE.freshStores();
    }
}
