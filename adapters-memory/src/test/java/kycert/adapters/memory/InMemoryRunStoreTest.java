package kycert.adapters.memory;

import kycert.application.port.out.RunStorePortContract;
import kycert.application.port.out.Ports;

/** The RunStorePort contract against {@link InMemoryRunStore}. */
class InMemoryRunStoreTest extends RunStorePortContract {
    @Override
    protected Ports newPorts() {
        return InMemoryAdapters.create();
    }
}
