package kycert.adapters.memory;

import kycert.application.port.out.TenantStorePortContract;
import kycert.application.port.out.Ports;

/** The TenantStorePort contract against {@link InMemoryTenantStore}. */
class InMemoryTenantStoreTest extends TenantStorePortContract {
    @Override
    protected Ports newPorts() {
        return InMemoryAdapters.create();
    }
}
