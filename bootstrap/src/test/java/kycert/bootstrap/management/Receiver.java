package kycert.bootstrap.management;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;

/** A webhook receiver on loopback: answers a script of statuses (then 200) and keeps every request it got. */
final class Receiver implements AutoCloseable {
    /** One request as received. */
    record Received(Instant at, String path, Map<String, String> headers, String body) {
        String header(String name) { return headers.get(name.toLowerCase()); }
    }

    private final HttpServer server;
    private final List<Integer> script;
    private final List<Received> received = new ArrayList<>();

    private Receiver(List<Integer> script) throws IOException {
        this.script = new ArrayList<>(script);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            int status;
            synchronized (this) {
                received.add(new Received(Instant.now(), exchange.getRequestURI().getPath(), headers, body));
                status = this.script.isEmpty() ? 200 : this.script.removeFirst();
                notifyAll();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** Answers {@code statuses} in order, then 200 to everything. */
    static Receiver answering(Integer... statuses) {
        try {
            return new Receiver(List.of(statuses));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until {@code count} requests arrived (at most {@code timeout}); answers them all. */
    synchronized List<Received> await(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new AssertionError("received " + received.size() + " of " + count + " requests in " + timeout);
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
