package kycert.adapters.jdbc;

import kycert.application.port.out.LoginAttemptsPortContract;
import kycert.application.port.out.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link LoginAttemptsPortContract} on a fresh PostgreSQL database. */
class PostgresLoginAttemptsIT extends LoginAttemptsPortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.postgres();

    @Override
    protected Stores newStores() {
        return STORE.freshStores();
    }
}
