package kycert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.Test;

class LoggingTest {

    @Test
    void anUncaughtException_isLoggedThroughTheRedactingFormat_notPrintedInClear() throws InterruptedException {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StreamHandler handler = new StreamHandler(log, new LogLineFormatter());
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            Logging.routeUncaughtExceptions();
            Thread failing = Thread.ofPlatform().name("driver-thread").start(() -> {
                throw new IllegalStateException("Failing row contains (52998224725, 11.222.333/0001-81)");
            });
            failing.join();
            handler.flush();
        } finally {
            root.removeHandler(handler);
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }

        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("uncaught in thread driver-thread", "IllegalStateException: Failing row contains (***, ***)")
                .doesNotContain("52998224725", "11.222.333/0001-81");
    }
}
