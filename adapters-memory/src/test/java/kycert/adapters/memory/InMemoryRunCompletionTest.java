package kycert.adapters.memory;

import kycert.application.port.out.RunCompletionPortContract;
import kycert.application.port.out.Stores;

/** The RunCompletionPort contract against {@link InMemoryRunCompletion}. */
class InMemoryRunCompletionTest extends RunCompletionPortContract {
    @Override
    protected Stores newStores() {
        InMemoryAdapters adapters = InMemoryAdapters.createAll();
        return new Stores(adapters.ports(), adapters.management());
    }
}
