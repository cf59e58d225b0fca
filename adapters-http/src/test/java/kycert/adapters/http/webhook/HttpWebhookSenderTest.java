package kycert.adapters.http.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import kycert.domain.webhook.DeliveryAttempt;
import org.junit.jupiter.api.Test;

/** The sender connects only to addresses the policy resolved and checked, sends what it is given, and reports what happened. */
class HttpWebhookSenderTest {
    private static final Map<String, String> HEADERS = headers();
    private static final String BODY = "{\"event\":\"run.completed\",\"name\":\"José Ação\"}";

    @Test
    void aResolverThatRebindsToLoopback_afterTheCheck_neverGetsTheConnection() throws Exception {
        try (CountingListener listener = new CountingListener()) {
            // what a rebinding DNS server does: a public answer to the check, loopback to the connection
            ScriptedResolver dns = new ScriptedResolver(List.of(List.of("93.184.215.14"), List.of("127.0.0.1")));
            HttpWebhookSender sender = new HttpWebhookSender(new TargetPolicy(false, Set.of(listener.port()), dns));
            String url = "http://localhost:" + listener.port() + "/hook";

            assertThat(sender.checkTarget(url).isRight()).as("the check sees a public address").isTrue();
            DeliveryAttempt attempt = sender.send(url, HEADERS, BODY, 1, Instant.EPOCH);

            assertThat(listener.accepted()).as("connections to loopback").isZero();
            assertThat(attempt.error()).isEqualTo(Option.of("target address refused"));
            assertThat(attempt.statusCode().isEmpty()).isTrue();
            assertThat(dns.calls()).as("one lookup for the check, one for the connection").isEqualTo(2);
        }
    }

    @Test
    void anAnswerMixingPublicAndLoopback_isRefusedWhole() throws Exception {
        try (CountingListener listener = new CountingListener()) {
            ScriptedResolver dns = new ScriptedResolver(List.of(List.of("93.184.215.14", "127.0.0.1")));
            HttpWebhookSender sender = new HttpWebhookSender(new TargetPolicy(false, Set.of(listener.port()), dns));

            DeliveryAttempt attempt = sender.send("http://localhost:" + listener.port() + "/hook", HEADERS, BODY, 1, Instant.EPOCH);

            assertThat(listener.accepted()).as("connections to loopback").isZero();
            assertThat(attempt.error()).isEqualTo(Option.of("target address refused"));
        }
    }

    @Test
    void aNonCanonicalHost_isNeverSent_evenWhenPrivateTargetsAreAllowed() throws Exception {
        try (CountingListener listener = new CountingListener()) {
            HttpWebhookSender sender = new HttpWebhookSender(new TargetPolicy(true));
            for (String host : List.of("2130706433", "127.1", "0x7f.0.0.1", "0177.0.0.1")) {
                DeliveryAttempt attempt = sender.send("http://" + host + ":" + listener.port() + "/hook", HEADERS, BODY, 1, Instant.EPOCH);
                assertThat(attempt.error()).as(host).isEqualTo(Option.of("target address refused"));
            }
            assertThat(listener.accepted()).isZero();
        }
    }

    @Test
    void anIpv6Literal_goesThroughTheAddressCheck_atConnectToo() throws Exception {
        try (CountingListener listener = new CountingListener()) {
            HttpWebhookSender sender = new HttpWebhookSender(new TargetPolicy(false, Set.of(listener.port()), HostResolver.SYSTEM));
            for (String host : List.of("[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]")) {
                DeliveryAttempt attempt = sender.send("http://" + host + ":" + listener.port() + "/hook", HEADERS, BODY, 1, Instant.EPOCH);
                assertThat(attempt.error()).as(host).isEqualTo(Option.of("target address refused"));
            }
            assertThat(listener.accepted()).isZero();
        }
    }

    @Test
    void aDelivery_goesToTheResolvedAddress_withTheGivenHeadersAndBody_andReportsTheStatus() throws Exception {
        try (RecordingReceiver receiver = new RecordingReceiver(204)) {
            ScriptedResolver dns = new ScriptedResolver(List.of(List.of("127.0.0.1")));
            HttpWebhookSender sender = new HttpWebhookSender(new TargetPolicy(true, Set.of(), dns));

            DeliveryAttempt attempt = sender.send("http://receiver.test:" + receiver.port() + "/hook?x=1", HEADERS, BODY, 3, Instant.EPOCH);

            assertThat(attempt.statusCode()).isEqualTo(Option.of(204));
            assertThat(attempt.error().isEmpty()).isTrue();
            assertThat(attempt.number()).isEqualTo(3);
            assertThat(dns.calls()).isEqualTo(1);
            Map<String, String> got = receiver.requests().getFirst();
            assertThat(got).containsEntry("method", "POST").containsEntry("path", "/hook?x=1").containsEntry("body", BODY)
                    .containsEntry("host", "receiver.test:" + receiver.port()).containsEntry("content-type", "application/json")
                    .containsEntry("user-agent", "kycert-webhooks/1").containsEntry("kycert-event-id", "evt_1")
                    .containsEntry("content-length", Integer.toString(BODY.getBytes(StandardCharsets.UTF_8).length));
        }
    }

    @Test
    void aRedirect_isReportedAsItsStatus_andNotFollowed() throws Exception {
        try (RecordingReceiver receiver = new RecordingReceiver(302)) {
            HttpWebhookSender sender = new HttpWebhookSender(new TargetPolicy(true));

            DeliveryAttempt attempt = sender.send("http://127.0.0.1:" + receiver.port() + "/hook", HEADERS, BODY, 1, Instant.EPOCH);

            assertThat(attempt.statusCode()).isEqualTo(Option.of(302));
            assertThat(receiver.requests()).hasSize(1);
        }
    }

    @Test
    void aClosedPort_isATransportError() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        DeliveryAttempt attempt = new HttpWebhookSender(new TargetPolicy(true)).send("http://127.0.0.1:" + port + "/", HEADERS, BODY, 1, Instant.EPOCH);
        assertThat(attempt.error().get()).startsWith("transport error: ");
        assertThat(attempt.statusCode().isEmpty()).isTrue();
    }

    @Test
    void aReceiverThatNeverAnswers_isATimeoutAfter10Seconds() throws Exception {
        try (CountingListener silent = new CountingListener()) {
            DeliveryAttempt attempt = new HttpWebhookSender(new TargetPolicy(true))
                    .send("http://127.0.0.1:" + silent.port() + "/hook", HEADERS, BODY, 1, Instant.EPOCH);

            assertThat(attempt.error()).isEqualTo(Option.of("timeout after 10 s"));
            assertThat(attempt.durationMs()).isBetween(9_000L, 19_000L);
            assertThat(silent.accepted()).isEqualTo(1);
        }
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        h.put("User-Agent", "kycert-webhooks/1");
        h.put("kycert-event-id", "evt_1");
        return h;
    }

    /** Answers each lookup with the next scripted list of addresses (the last one again when the script runs out). */
    static final class ScriptedResolver implements HostResolver {
        private final List<List<String>> script;
        private final AtomicInteger calls = new AtomicInteger();

        ScriptedResolver(List<List<String>> script) {
            this.script = script;
        }

        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            List<String> answer = script.get(Math.min(calls.getAndIncrement(), script.size() - 1));
            List<InetAddress> addresses = new ArrayList<>();
            for (String a : answer) addresses.add(InetAddress.getByName(a));
            return addresses;
        }

        int calls() {
            return calls.get();
        }
    }

    /** A loopback port that counts the connections it accepts, keeps them open and never answers. */
    static final class CountingListener implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger accepted = new AtomicInteger();
        private final List<Socket> open = new ArrayList<>();

        CountingListener() throws IOException {
            Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket s = socket.accept();
                        synchronized (open) {
                            open.add(s);
                        }
                        accepted.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        int port() {
            return socket.getLocalPort();
        }

        int accepted() {
            return accepted.get();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (open) {
                for (Socket s : open) s.close();
            }
        }
    }

    /** A loopback HTTP server that answers one status and records each request's method, path, headers and body. */
    static final class RecordingReceiver implements AutoCloseable {
        private final HttpServer server;
        private final List<Map<String, String>> requests = new ArrayList<>();

        RecordingReceiver(int status) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                Map<String, String> r = new LinkedHashMap<>();
                r.put("method", exchange.getRequestMethod());
                r.put("path", exchange.getRequestURI().toString());
                exchange.getRequestHeaders().forEach((k, v) -> r.put(k.toLowerCase(), String.join(",", v)));
                try (InputStream in = exchange.getRequestBody()) {
                    r.put("body", new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
                synchronized (requests) {
                    requests.add(r);
                }
                if (status == 302) exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port() + "/elsewhere");
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        List<Map<String, String>> requests() {
            synchronized (requests) {
                return List.copyOf(requests);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
