package kycert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import kycert.adapters.http.TransportLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A port lost between the free-port check and the bind ends the start before anything is seeded. */
class StartupBindIT {

    private static ServeConfig embedded(int port, Path dir) {
        return new ServeConfig(port, ServeConfig.Store.EMBEDDED, dir, Option.none(), "postgres", "", Option.none(),
                Option.none(), 1, true);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void portTakenAfterTheProbe_failsTheStart_andTheDemoBannerIsNotUsedUp(@TempDir Path dir) throws Exception {
        int port = freePort();
        AtomicReference<ServerSocket> thief = new AtomicReference<>();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try {
            assertThatThrownBy(() -> KycertServer.start(embedded(port, dir), TransportLimits.defaults(),
                    new PrintStream(console, true, StandardCharsets.UTF_8), () -> thief.set(take(port))))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining(String.valueOf(port));
        } finally {
            if (thief.get() != null) thief.get().close();
        }
        assertThat(console.toString(StandardCharsets.UTF_8)).as("nothing printed, nothing seeded").doesNotContain("sandbox key");

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        try (KycertServer server = KycertServer.start(embedded(0, dir), new PrintStream(second, true, StandardCharsets.UTF_8))) {
            assertThat(server.port()).isPositive();
            assertThat(second.toString(StandardCharsets.UTF_8)).as("the one-time demo banner is still to come")
                    .contains("sandbox key");
        }
    }

    private static ServerSocket take(int port) {
        try {
            ServerSocket s = new ServerSocket();
            s.bind(new InetSocketAddress(port));
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
