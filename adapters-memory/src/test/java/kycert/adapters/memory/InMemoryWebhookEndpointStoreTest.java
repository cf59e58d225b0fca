package kycert.adapters.memory;

import kycert.application.port.out.WebhookEndpointStorePortContract;
import kycert.application.port.out.Stores;

/** The WebhookEndpointStorePort contract against {@link InMemoryWebhookEndpointStore}. */
class InMemoryWebhookEndpointStoreTest extends WebhookEndpointStorePortContract {
    @Override
    protected Stores newStores() {
        InMemoryAdapters adapters = InMemoryAdapters.createAll();
        return new Stores(adapters.ports(), adapters.management());
    }
}
