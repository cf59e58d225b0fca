package kycert.adapters.jdbc;

import kycert.application.port.out.RunCompletionPortContract;
import kycert.application.port.out.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RunCompletionPortContract} on a fresh PostgreSQL database. */
class PostgresRunCompletionIT extends RunCompletionPortContract {
    @RegisterExtension
    static final StoreExtension STORE = StoreExtension.postgres();

    @Override
    protected Stores newStores() {
        return STORE.freshStores();
    }
}
