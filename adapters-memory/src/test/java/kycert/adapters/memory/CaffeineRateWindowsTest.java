package kycert.adapters.memory;

import kycert.application.port.out.RateWindowPortContract;
import kycert.application.port.out.Ports;

/** The RateWindowPort contract against {@link CaffeineRateWindows}. */
class CaffeineRateWindowsTest extends RateWindowPortContract {
    @Override
    protected Ports newPorts() {
        return InMemoryAdapters.create();
    }
}
