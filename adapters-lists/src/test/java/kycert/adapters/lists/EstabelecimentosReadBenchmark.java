package kycert.adapters.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import kycert.domain.screening.ListId;

/**
 * Plain parsing speed of a Receita Estabelecimentos file (no storage): {@code main FILE} prints rows/s (wall and per
 * CPU-second of the reading thread, which a busy machine does not blur) and MB/s.
 * Make the file with {@link EstabelecimentosGenerator}.
 */
final class EstabelecimentosReadBenchmark {
    private EstabelecimentosReadBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/K3241.K03200Y0.D60111.ESTABELE");
        for (int round = 1; round <= 2; round++) {
            var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long start = System.nanoTime();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            long rows = 0;
            try (InputStream in = Files.newInputStream(file); ListFile list = ListFileReaders.open(ListId.RECEITA_CNPJ, file.getFileName().toString(), in)) {
                while (list.hasNext()) {
                    list.next();
                    rows++;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                System.out.printf("round %d: %d rows in %.1f s wall, %.1f s CPU = %.0f rows/s wall, %.0f rows per CPU-second, %.0f MB/s,"
                                + " heap used %d MB, sha256 %s%n", round, rows, seconds, cpuSeconds,
                        rows / seconds, rows / cpuSeconds, list.bytesRead() / seconds / 1e6,
                        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, list.sha256());
            }
        }
    }
}
