package kycert.bootstrap.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import kycert.adapters.http.TransportLimits;
import kycert.bootstrap.KycertServer;
import kycert.bootstrap.ServeConfig;

/**
 * One kycert server started in the test JVM on the port its config names (0: a random one), with the console
 * (first-run banner) it printed captured, and an HTTP/1.1 client to call it. The HTTP and the management tests
 * extend it with their own operator token and helpers.
 */
public abstract class InProcessServer implements AutoCloseable {

    static {
        // thousands of access-log lines drown the failures; warnings and errors still reach the console
        for (Handler h : Logger.getLogger("").getHandlers()) {
            if (h instanceof ConsoleHandler) h.setLevel(Level.WARNING);
        }
    }

    private final KycertServer server;
    private final String banner;
    private final HttpClient http;
    private final URI base;
    private final Map<String, HttpClient> clientsFrom = new ConcurrentHashMap<>();

    /** Starts the server; returns once it listens. */
    protected InProcessServer(ServeConfig config) {
        this(config, TransportLimits.defaults());
    }

    /** Starts the server with these limits on what clients may hold; returns once it listens. */
    protected InProcessServer(ServeConfig config, TransportLimits limits) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        this.server = KycertServer.start(config, limits, new PrintStream(console, true, StandardCharsets.UTF_8));
        this.banner = console.toString(StandardCharsets.UTF_8);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        this.base = URI.create("http://127.0.0.1:" + server.port());
    }

    public Call call(String method, String path) { return new Call(http, base, method, path); }

    public Call get(String path) { return call("GET", path); }

    /**
     * A call whose connection leaves from {@code localAddress} (127.0.0.2, 127.0.0.3 …: Linux routes all of 127/8 to
     * loopback), so the server, which takes the TCP peer as the client address, sees another client.
     */
    public Call callFrom(String localAddress, String method, String path) {
        HttpClient client = clientsFrom.computeIfAbsent(localAddress, a -> {
            try {
                return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                        .localAddress(InetAddress.getByName(a)).build();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(a, e);
            }
        });
        return new Call(client, base, method, path);
    }

    public Call post(String path) { return call("POST", path); }

    public Call delete(String path) { return call("DELETE", path); }

    public KycertServer server() { return server; }

    /** What the server printed to its console while starting (the first-run banner, with the demo tenant). */
    public String banner() { return banner; }

    @Override
    public void close() {
        server.close();
    }
}
