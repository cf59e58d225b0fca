package kycert.adapters.memory;

import kycert.application.port.out.TemplateStorePortContract;
import kycert.application.port.out.Ports;

/** The TemplateStorePort contract against {@link InMemoryTemplateStore}. */
class InMemoryTemplateStoreTest extends TemplateStorePortContract {
    @Override
    protected Ports newPorts() {
        return InMemoryAdapters.create();
    }
}
