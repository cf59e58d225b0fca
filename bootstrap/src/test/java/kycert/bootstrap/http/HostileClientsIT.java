package kycert.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import kycert.bootstrap.testsupport.LogCapture;
import org.junit.jupiter.api.Test;

/** Clients that break HTTP on purpose: malformed framing is the client's error, answered once and logged quietly. */
class HostileClientsIT extends WithServer {
    private static final int QUIET_MS = 1500;

    private Wire.Reply send(String request) {
        return Wire.exchange(server.server().port(), request, QUIET_MS);
    }

    private static void assertClientError(Wire.Reply reply, int status, String code) {
        assertThat(reply.statuses()).as("exactly one response:\n%s", reply.text()).containsExactly(status);
        assertThat(reply.body()).as(reply.text()).contains("\"code\":\"" + code + "\"").contains("\"type\":\"invalid_request_error\"")
                .contains("request_id").doesNotContain("internal_error").doesNotContain("Exception");
        assertThat(reply.hasHeader("X-Content-Type-Options", "nosniff")).as(reply.text()).isTrue();
    }

    private static void assertQuiet(String log) {
        assertThat(log).as("server log").doesNotContain("SEVERE").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void badRequestLine_is400_once_quietly() {
        try (LogCapture log = new LogCapture()) {
            assertClientError(send("GARBAGE\r\n\r\n"), 400, "malformed_request");
            assertQuiet(log.text());
        }
    }

    @Test
    void badChunkSize_is400_once_quietly() {
        try (LogCapture log = new LogCapture()) {
            Wire.Reply reply = send("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
            assertClientError(reply, 400, "malformed_request");
            assertQuiet(log.text());
        }
    }

    @Test
    void unsupportedTransferCoding_is501_asAClientError_quietly() {
        try (LogCapture log = new LogCapture()) {
            Wire.Reply reply = send("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: gzip, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
            assertClientError(reply, 501, "unsupported_transfer_encoding");
            assertQuiet(log.text());
        }
    }

    @Test
    void http10_is505_asAClientError_quietly() {
        try (LogCapture log = new LogCapture()) {
            assertClientError(send("GET /health/live HTTP/1.0\r\n\r\n"), 505, "http_version_not_supported");
            assertQuiet(log.text());
        }
    }

    @Test
    void clientClosingMidBody_isLoggedQuietly_andTheServerGoesOn() throws Exception {
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < 5; i++) {
                try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.server().port())) {
                    s.getOutputStream().write(("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 100\r\n\r\n{\"email\":").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    Thread.sleep(100);
                }
            }
            Thread.sleep(300);
            assertThat(server.get("/health/live").send().status()).isEqualTo(200);
            assertQuiet(log.text());
        }
    }

    @Test
    void everyKindOfResponse_saysNosniff() {
        for (String path : new String[] {"/health/live", "/no/such/route", "/openapi.json", "/metrics"}) {
            assertThat(server.get(path).send().header("X-Content-Type-Options")).as(path).contains("nosniff");
        }
        assertThat(server.delete("/health/live").send().header("X-Content-Type-Options")).as("405").contains("nosniff");
        assertThat(server.post("/api/auth/login").raw("text/plain", "x").send().header("X-Content-Type-Options"))
                .as("415").contains("nosniff");
        assertThat(send("GARBAGE\r\n\r\n").hasHeader("X-Content-Type-Options", "nosniff")).as("direct handler").isTrue();
    }
}
