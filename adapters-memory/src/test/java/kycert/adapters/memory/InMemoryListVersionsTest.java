package kycert.adapters.memory;

import kycert.application.port.out.ListVersionStorePortContract;
import kycert.application.port.out.Ports;

/** The ListVersionStorePort contract against {@link InMemoryListVersions}. */
class InMemoryListVersionsTest extends ListVersionStorePortContract {
    @Override
    protected Ports newPorts() {
        return InMemoryAdapters.create();
    }
}
