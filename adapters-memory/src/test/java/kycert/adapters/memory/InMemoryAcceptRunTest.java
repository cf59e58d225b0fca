package kycert.adapters.memory;

import kycert.application.port.out.AcceptRunPortContract;
import kycert.application.port.out.Ports;

/** The AcceptRunPort contract against {@link InMemoryAcceptRun}. */
class InMemoryAcceptRunTest extends AcceptRunPortContract {
    @Override
    protected Ports newPorts() {
        return InMemoryAdapters.create();
    }
}
