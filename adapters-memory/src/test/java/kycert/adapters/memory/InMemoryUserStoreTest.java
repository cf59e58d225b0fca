package kycert.adapters.memory;

import kycert.application.port.out.UserStorePortContract;
import kycert.application.port.out.Stores;

/** The UserStorePort contract against {@link InMemoryUserStore}. */
class InMemoryUserStoreTest extends UserStorePortContract {
    @Override
    protected Stores newStores() {
        InMemoryAdapters adapters = InMemoryAdapters.createAll();
        return new Stores(adapters.ports(), adapters.management());
    }
}
