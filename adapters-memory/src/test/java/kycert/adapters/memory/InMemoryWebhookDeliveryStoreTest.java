package kycert.adapters.memory;

import kycert.application.port.out.WebhookDeliveryStorePortContract;
import kycert.application.port.out.Stores;

/** The WebhookDeliveryStorePort contract against {@link InMemoryWebhookDeliveryStore}. */
class InMemoryWebhookDeliveryStoreTest extends WebhookDeliveryStorePortContract {
    @Override
    protected Stores newStores() {
        InMemoryAdapters adapters = InMemoryAdapters.createAll();
        return new Stores(adapters.ports(), adapters.management());
    }
}
