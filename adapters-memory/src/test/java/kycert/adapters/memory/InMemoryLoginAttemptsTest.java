package kycert.adapters.memory;

import kycert.application.port.out.LoginAttemptsPortContract;
import kycert.application.port.out.Stores;

/** The LoginAttemptsPort contract against {@link InMemoryLoginAttempts}. */
class InMemoryLoginAttemptsTest extends LoginAttemptsPortContract {
    @Override
    protected Stores newStores() {
        InMemoryAdapters adapters = InMemoryAdapters.createAll();
        return new Stores(adapters.ports(), adapters.management());
    }
}
