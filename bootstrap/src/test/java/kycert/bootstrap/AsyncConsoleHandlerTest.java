package kycert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class AsyncConsoleHandlerTest {

    @Test
    void everyRecordFromManyThreads_isWrittenOnce_inEachThreadsOrder_byTheTimeItIsClosed() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        AsyncConsoleHandler handler = new AsyncConsoleHandler(sink);
        int threads = 8;
        int perThread = 5_000; // more than the queue holds: publishers wait for room, nothing is dropped
        List<Thread> publishers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            publishers.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < perThread; i++) handler.publish(new LogRecord(Level.INFO, "t" + id + " n" + i));
            }));
        }
        for (Thread p : publishers) p.join();
        handler.close();

        List<String> lines = Arrays.stream(sink.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(l -> l.contains(" t"))
                .toList();
        assertThat(lines).hasSize(threads * perThread);
        for (int t = 0; t < threads; t++) {
            String prefix = "t" + t + " n";
            List<Integer> seen = lines.stream()
                    .map(l -> l.substring(l.indexOf(" t") + 1).trim())
                    .filter(m -> m.startsWith(prefix))
                    .map(m -> Integer.parseInt(m.substring(prefix.length())))
                    .toList();
            assertThat(seen).as("thread %d", t).hasSize(perThread).isSorted();
        }
    }

    @Test
    void recordsBelowItsLevel_andAfterClose_areNotWritten() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        AsyncConsoleHandler handler = new AsyncConsoleHandler(sink);
        handler.setLevel(Level.WARNING);
        handler.publish(new LogRecord(Level.INFO, "quiet"));
        handler.publish(new LogRecord(Level.WARNING, "loud"));
        handler.close();
        handler.publish(new LogRecord(Level.SEVERE, "too late"));

        String written = sink.toString(StandardCharsets.UTF_8);
        assertThat(written).contains("loud").doesNotContain("quiet").doesNotContain("too late");
    }
}
