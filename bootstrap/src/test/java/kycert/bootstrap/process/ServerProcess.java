package kycert.bootstrap.process;

import java.io.IOException;
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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kycert.bootstrap.testsupport.Pause;

/**
 * One real {@code java -jar target/kycert.jar serve} process, started with the test JVM's own java on a free port
 * ({@code --port 0}, the port read from its log line), its console in a file under {@code target/process-it/}.
 * Every process started here is killed when the test JVM exits, even abnormally.
 */
final class ServerProcess implements AutoCloseable {
    static final String ADMIN_TOKEN = "proc-it-operator-" + UUID.randomUUID();
    /** KYCERT_SECRET of every process these tests start: nodes of one database must share it (PostgreSQL needs one). */
    static final String SECRET = "proc-it-secret-" + UUID.randomUUID();
    static final Path WORK = Path.of("target", "process-it").toAbsolutePath();
    private static final Pattern LISTENING = Pattern.compile("kycert listening on port (\\d+)");
    private static final Duration START_BUDGET = Duration.ofSeconds(60);
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger STARTS = new AtomicInteger();
    private static final HttpClient PROBE = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly), "kill-kycert-processes"));
    }

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;
    private final URI base;

    private ServerProcess(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /** The jar the {@code package} phase built; failsafe runs in the bootstrap module's directory. */
    static Path jar() {
        List<Path> candidates = new ArrayList<>();
        String basedir = System.getProperty("basedir");
        if (basedir != null) candidates.add(Path.of(basedir, "target", "kycert.jar"));
        candidates.add(Path.of("target", "kycert.jar"));
        candidates.add(Path.of("bootstrap", "target", "kycert.jar"));
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) return p.toAbsolutePath().normalize();
        }
        throw new IllegalStateException("kycert.jar not found (looked at " + candidates.stream().map(Path::toAbsolutePath).toList()
                + "); these tests run after `package` (mvn -pl bootstrap verify) — build the jar first");
    }

    /** The java running these tests: the servers run on the same JDK. */
    static String java() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Starts {@code serve --port 0 <args>} and waits until it listens and answers /health/ready with 200. */
    static ServerProcess start(String name, List<String> serveArgs) {
        try {
            Files.createDirectories(WORK);
            Path log = WORK.resolve(name + "-" + STARTS.incrementAndGet() + ".log");
            List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", jar().toString(), "serve", "--port", "0"));
            command.addAll(serveArgs);
            ProcessBuilder pb = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().keySet().removeIf(k -> k.startsWith("KYCERT_"));
            pb.environment().put("KYCERT_ADMIN_TOKEN", ADMIN_TOKEN);
            pb.environment().put("KYCERT_SECRET", SECRET);
            Files.writeString(log, "");
            Process process = pb.start();
            LIVE.add(process);
            long deadline = System.nanoTime() + START_BUDGET.toNanos();
            int port = awaitPort(name, process, log, deadline);
            ServerProcess server = new ServerProcess(name, process, log, port);
            server.awaitReady(deadline);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name + ": " + e, e);
        }
    }

    private static int awaitPort(String name, Process process, Path log, long deadline) throws IOException {
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) return Integer.parseInt(m.group(1));
            if (!process.isAlive()) {
                LIVE.remove(process);
                throw new AssertionError(name + " exited with " + process.exitValue() + " before listening; its log "
                        + log + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            Pause.millis(50);
        }
        process.destroyForcibly();
        LIVE.remove(process);
        throw new AssertionError(name + " did not log `kycert listening on port N` within " + START_BUDGET + "; log " + log
                + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    private void awaitReady(long deadline) {
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) break;
            try {
                HttpResponse<String> r = PROBE.send(HttpRequest.newBuilder(base.resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
                last = r.statusCode() + " " + r.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Pause.millis(100);
        }
        close();
        throw new AssertionError(name + " never answered /health/ready with 200 (last: " + last + "); log " + log + ":\n" + logText());
    }

    String name() { return name; }

    int port() { return port; }

    URI base() { return base; }

    Path log() { return log; }

    long pid() { return process.pid(); }

    boolean alive() { return process.isAlive(); }

    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /** SIGKILL (on Linux {@link Process#destroyForcibly()} sends SIGKILL): no shutdown hook, no flush, no goodbye. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) throw new AssertionError(name + " (pid " + pid() + ") survived SIGKILL");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            LIVE.remove(process);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) kill();
        LIVE.remove(process);
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", port " + port + ", log " + log + ")";
    }
}
