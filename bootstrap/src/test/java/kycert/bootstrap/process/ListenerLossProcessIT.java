package kycert.bootstrap.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kycert.bootstrap.testsupport.Pause;
import org.junit.jupiter.api.Test;

/**
 * A process with few file descriptors (ulimit -n 128) and many idle clients. With the default connection cap (kept
 * below the descriptor limit) it never runs out and serves once they go; with a cap above the limit, accept fails,
 * Helidon stops the listener, and the process exits non-zero instead of staying up deaf.
 */
class ListenerLossProcessIT {
    private static final Pattern LISTENING = Pattern.compile("kycert listening on port (\\d+)");
    private static final int CLIENTS = 200;

    private record Started(Process process, Path log, int port) {}

    private static Started start(String name, String... extraArgs) throws IOException {
        Files.createDirectories(ServerProcess.WORK);
        Path log = ServerProcess.WORK.resolve(name + "-" + System.nanoTime() + ".log");
        StringBuilder cmd = new StringBuilder("ulimit -n 128 && exec '").append(ServerProcess.java())
                .append("' -Xmx256m -jar '").append(ServerProcess.jar()).append("' serve --port 0 --store memory");
        for (String a : extraArgs) cmd.append(' ').append(a);
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", cmd.toString()).directory(ServerProcess.WORK.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("KYCERT_"));
        Process process = pb.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) return new Started(process, log, Integer.parseInt(m.group(1)));
            if (!process.isAlive()) throw new AssertionError(name + " exited early:\n" + Files.readString(log));
            Pause.millis(50);
        }
        process.destroyForcibly();
        throw new AssertionError(name + " never listened:\n" + Files.readString(log));
    }

    /** Opens idle connections; those the kernel or the server refuses are simply not counted. */
    private static List<Socket> flood(int port) {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                sockets.add(s);
            } catch (IOException refused) {
                closeQuietly(s);
            }
        }
        return sockets;
    }

    private static int live(int port) {
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/live"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Test
    void withTheDefaultCap_manyIdleClientsCannotExhaustDescriptors_andTheServerServesAfterThem() throws Exception {
        Started server = start("fd-default-cap");
        try {
            assertThat(live(server.port())).as("serving before the flood").isEqualTo(200);
            List<Socket> idle = flood(server.port());
            Pause.millis(2000);
            assertThat(server.process().isAlive()).as("still running").isTrue();
            idle.forEach(ListenerLossProcessIT::closeQuietly);
            int status = -1;
            for (int i = 0; i < 50 && status != 200; i++) {
                status = live(server.port());
                if (status != 200) Pause.millis(200);
            }
            assertThat(status).as("served after the flood; log:\n%s", Files.readString(server.log())).isEqualTo(200);
        } finally {
            server.process().destroyForcibly();
        }
    }

    @Test
    void whenTheListenerDies_theProcessExitsNonZero() throws Exception {
        Started server = start("fd-no-cap", "--max-connections", "100000");
        try {
            assertThat(live(server.port())).as("serving before the flood").isEqualTo(200);
            List<Socket> idle = flood(server.port());
            Pause.millis(2000);
            // the clients go; the descriptors come back, but the listener they broke does not
            idle.forEach(ListenerLossProcessIT::closeQuietly);
            boolean exited = server.process().waitFor(15, TimeUnit.SECONDS);
            String log = Files.readString(server.log());
            assertThat(exited).as("the process ended once nothing listened; log:\n%s", log).isTrue();
            assertThat(server.process().exitValue()).as("exit code").isNotZero();
            assertThat(log).contains("the HTTP listener stopped");
        } finally {
            server.process().destroyForcibly();
        }
    }
}
