package kycert.adapters.memory;

import kycert.application.port.out.AuditLogPortContract;
import kycert.application.port.out.Stores;

/** The AuditLogPort contract against {@link InMemoryAuditLog}. */
class InMemoryAuditLogTest extends AuditLogPortContract {
    @Override
    protected Stores newStores() {
        InMemoryAdapters adapters = InMemoryAdapters.createAll();
        return new Stores(adapters.ports(), adapters.management());
    }
}
