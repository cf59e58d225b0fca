package kycert.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kycert.adapters.http.TransportLimits;
import kycert.bootstrap.testsupport.LogCapture;
import kycert.bootstrap.testsupport.Pause;
import org.junit.jupiter.api.Test;

/**
 * Clients that hold the server's resources on purpose: connections, slow headers, stalled bodies announcing a large
 * length. Each is bounded by a limit; the server keeps serving the well-behaved.
 */
class SlowClientsIT {
    private static final Duration SHORT = Duration.ofSeconds(1);
    private static final byte[] STALLED_LOGIN = ("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: 1048576\r\n\r\n{").getBytes(StandardCharsets.US_ASCII);

    private static TestServer server(TransportLimits limits) {
        return TestServer.start(limits);
    }

    private static Socket connect(TestServer server) throws IOException {
        Socket s = new Socket("127.0.0.1", server.server().port());
        s.setSoTimeout(200);
        return s;
    }

    /** Whether the server closed this socket (EOF or reset) before {@code budget} ran out; any bytes it sent are skipped. */
    private static boolean closedWithin(Socket s, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            InputStream in = s.getInputStream();
            byte[] buf = new byte[4096];
            while (System.nanoTime() < deadline) {
                try {
                    if (in.read(buf) < 0) return true;
                } catch (SocketTimeoutException quiet) {
                    // keep waiting
                }
            }
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Test
    void stalledBodies_announcingAMebibyte_costLittleMemory_areCutByTheBodyTimeout_andOthersAreServed() throws Exception {
        TransportLimits limits = TransportLimits.defaults().withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(3));
        try (TestServer server = server(limits); LogCapture log = new LogCapture()) {
            long before = usedHeapAfterGc();
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 200; i++) {
                    Socket s = connect(server);
                    s.getOutputStream().write(STALLED_LOGIN);
                    s.getOutputStream().flush();
                    stalled.add(s);
                }
                Pause.millis(1000); // every one of them is now inside the server, waiting for its body
                long grown = usedHeapAfterGc() - before;
                assertThat(grown).as("heap growth with 200 stalled 1 MiB bodies (bytes)").isLessThan(48L * 1024 * 1024);

                assertThat(server.get("/health/live").send().status()).as("a normal request meanwhile").isEqualTo(200);
                for (Socket s : stalled) {
                    assertThat(closedWithin(s, Duration.ofSeconds(10))).as("a stalled body is cut off (408 or close)").isTrue();
                }
            } finally {
                for (Socket s : stalled) s.close();
            }
            assertThat(server.post("/api/auth/login").json("{\"email\":\"a@b.c\",\"password\":\"wrong-password\"}").send().status())
                    .as("a normal login after them").isEqualTo(401);
            assertThat(log.text()).as("server log").doesNotContain("SEVERE").doesNotContain("\tat ");
        }
    }

    @Test
    void bodiesBeyondTheInFlightCap_are503WithRetryAfter() throws Exception {
        TransportLimits limits = TransportLimits.defaults().withMaxBodiesInFlight(2)
                .withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(5));
        try (TestServer server = server(limits)) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 2; i++) {
                    Socket s = connect(server);
                    s.getOutputStream().write(STALLED_LOGIN);
                    s.getOutputStream().flush();
                    stalled.add(s);
                }
                Pause.millis(500);
                Wire.Reply third = Wire.exchange(server.server().port(), "POST /api/auth/login HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}", 3000);
                assertThat(third.statuses()).as(third.text()).containsExactly(503);
                assertThat(third.body()).contains("\"code\":\"service_unavailable\"");
                assertThat(third.hasHeader("Retry-After", "1")).as(third.text()).isTrue();
            } finally {
                for (Socket s : stalled) s.close();
            }
        }
    }

    @Test
    void slowHeaders_areCutByTheHeaderTimeout_quietly() throws Exception {
        TransportLimits limits = TransportLimits.defaults().withTimeouts(Duration.ofSeconds(30), SHORT, SHORT);
        try (TestServer server = server(limits); LogCapture log = new LogCapture(); Socket s = connect(server)) {
            OutputStream out = s.getOutputStream();
            out.write("GET /health/live HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            boolean closed = false;
            long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            for (int i = 0; !closed && System.nanoTime() < deadline; i++) {
                try {
                    out.write(("X-Slow-" + i + ": 1\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException reset) {
                    closed = true;
                    break;
                }
                closed = closedWithin(s, Duration.ofMillis(300));
            }
            assertThat(closed).as("a client trickling headers is cut off").isTrue();
            assertThat(server.get("/health/live").send().status()).isEqualTo(200);
            assertThat(log.text()).as("server log").doesNotContain("SEVERE").doesNotContain("\tat ");
        }
    }

    @Test
    void idleConnections_areClosedAfterTheIdleTimeout() throws Exception {
        TransportLimits limits = TransportLimits.defaults().withTimeouts(SHORT, SHORT, SHORT);
        try (TestServer server = server(limits); Socket idle = connect(server)) {
            assertThat(closedWithin(idle, Duration.ofSeconds(8))).as("an idle connection is closed").isTrue();
        }
    }

    @Test
    void connectionsBeyondTheCap_waitUnaccepted_andTheListenerServesOnceOthersGo() throws Exception {
        TransportLimits limits = TransportLimits.defaults().withMaxConnections(8);
        try (TestServer server = server(limits)) {
            List<Socket> held = new ArrayList<>();
            for (int i = 0; i < 8; i++) held.add(connect(server));
            Pause.millis(300);
            try (Socket extra = connect(server)) {
                extra.getOutputStream().write("GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                extra.setSoTimeout(1000);
                assertThat(Wire.readAll(extra.getInputStream()).text()).as("not served while 8 connections are held").isEmpty();
                for (Socket s : held) s.close();
                extra.setSoTimeout(5000);
                Wire.Reply late = Wire.readAll(extra.getInputStream());
                assertThat(late.statuses()).as("served once the others went: %s", late.text()).containsExactly(200);
            }
            assertThat(server.get("/health/live").send().status()).as("the listener is alive").isEqualTo(200);
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Pause.millis(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
