package kycert.adapters.jdbc;

import kycert.application.port.out.LoginAttemptsPortContract;
import kycert.application.port.out.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link LoginAttemptsPortContract} on an embedded H2 file database. */
class H2LoginAttemptsTest extends LoginAttemptsPortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.h2();

    @Override
    protected Stores newStores() {
        return STORE.freshStores();
    }
}
