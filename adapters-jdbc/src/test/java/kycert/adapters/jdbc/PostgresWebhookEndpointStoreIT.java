package kycert.adapters.jdbc;

import kycert.application.port.out.WebhookEndpointStorePortContract;
import kycert.application.port.out.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link WebhookEndpointStorePortContract} on a fresh PostgreSQL database. */
class PostgresWebhookEndpointStoreIT extends WebhookEndpointStorePortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.postgres();

    @Override
    protected Stores newStores() {
        return STORE.freshStores();
    }
}
