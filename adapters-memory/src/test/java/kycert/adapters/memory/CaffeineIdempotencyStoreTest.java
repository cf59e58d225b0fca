package kycert.adapters.memory;

import kycert.application.port.out.IdempotencyStorePortContract;
import kycert.application.port.out.Ports;

/** The IdempotencyStorePort contract against {@link CaffeineIdempotencyStore}. */
class CaffeineIdempotencyStoreTest extends IdempotencyStorePortContract {
    @Override
    protected Ports newPorts() {
        return InMemoryAdapters.create();
    }
}
