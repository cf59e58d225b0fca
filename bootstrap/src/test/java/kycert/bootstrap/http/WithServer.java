package kycert.bootstrap.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the HTTP integration tests: one fresh in-memory server per test class. */
abstract class WithServer {
    static TestServer server;
    static Operator operator;
    static Runs runs;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        operator = server.operator();
        runs = new Runs(server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.close();
        server = null;
    }
}
