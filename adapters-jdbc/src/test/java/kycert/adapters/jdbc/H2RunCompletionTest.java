package kycert.adapters.jdbc;

import kycert.application.port.out.RunCompletionPortContract;
import kycert.application.port.out.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RunCompletionPortContract} on an embedded H2 file database. */
class H2RunCompletionTest extends RunCompletionPortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.h2();

    @Override
    protected Stores newStores() {
        return STORE.freshStores();
    }
}
