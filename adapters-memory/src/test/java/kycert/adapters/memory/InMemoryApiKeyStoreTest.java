package kycert.adapters.memory;

import kycert.application.port.out.ApiKeyStorePortContract;
import kycert.application.port.out.Ports;

/** The ApiKeyStorePort contract against {@link InMemoryApiKeyStore}. */
class InMemoryApiKeyStoreTest extends ApiKeyStorePortContract {
    @Override
    protected Ports newPorts() {
        return InMemoryAdapters.create();
    }
}
