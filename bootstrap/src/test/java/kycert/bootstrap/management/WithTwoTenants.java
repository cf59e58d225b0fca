package kycert.bootstrap.management;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the management tests that need two tenants: one fresh server per test class, a logged-in user in each tenant. */
abstract class WithTwoTenants {
    static MgmtServer server;
    static Session alice;
    static Session bob;

    @BeforeAll
    static void startServerWithTwoTenants() {
        server = MgmtServer.start();
        alice = server.session();
        bob = server.session();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.close();
        server = null;
    }
}
