package kycert.bootstrap.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Figures the process tests observe, printed and appended to {@code target/process-it/measurements.txt}. */
final class Measurements {
    private Measurements() {}

    static synchronized void record(String test, String figure) {
        String line = Instant.now() + " [" + test + "] " + figure;
        System.out.println("[measure] " + line);
        try {
            Files.createDirectories(ServerProcess.WORK);
            Files.writeString(ServerProcess.WORK.resolve("measurements.txt"), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("cannot write the measurement: " + e);
        }
    }
}
