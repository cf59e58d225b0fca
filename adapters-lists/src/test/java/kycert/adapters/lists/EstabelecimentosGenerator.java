package kycert.adapters.lists;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a Receita {@code Estabelecimentos} file in the published layout (no header, ISO-8859-1, {@code ;}, every
 * field quoted, 30 columns, {@code YYYYMMDD} dates with {@code 0}/{@code 00000000} as none, some alphanumeric roots),
 * row by row, for the import benchmark. Not committed output: {@code main FILE [ROWS]} writes one (5 million rows
 * by default); {@link #stream(long)} yields one lazily for tests.
 */
final class EstabelecimentosGenerator {
    private static final String[] STATUS = {"02", "02", "02", "08", "04", "2", "03", "01"};
    private static final String[] NAMES = {"", "PADARIA SÃO JOÃO", "", "CONSTRUÇÕES AÇAÍ", "", "AUTO PEÇAS ÁGUIA", "", "MERCADINHO"};
    private static final String[] DATES = {"20050103", "0", "20191231", "00000000", "20240229"};

    private EstabelecimentosGenerator() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/K3241.K03200Y0.D60111.ESTABELE");
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 5_000_000L;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (long i = 0; i < rows; i++) out.write(row(i));
        }
        System.out.printf("%s: %d rows, %d bytes%n", file, rows, Files.size(file));
    }

    /** The file of {@code rows} rows, produced as it is read (nothing held). */
    static InputStream stream(long rows) {
        return new InputStream() {
            private long next;
            private byte[] current = new byte[0];
            private int at;

            @Override
            public int read() {
                if (!fill()) return -1;
                return current[at++] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) return 0;
                if (!fill()) return -1;
                int n = Math.min(len, current.length - at);
                System.arraycopy(current, at, b, off, n);
                at += n;
                return n;
            }

            private boolean fill() {
                if (at < current.length) return true;
                if (next >= rows) return false;
                current = row(next++);
                at = 0;
                return true;
            }
        };
    }

    static byte[] row(long i) {
        String root = i % 97 == 0 ? String.format("%02dAB%04d", i % 100, i % 10_000) : String.format("%08d", i % 100_000_000);
        int k = (int) (i % 8);
        String[] f = {root, String.format("%04d", 1 + i % 3), String.format("%02d", i % 100), k == 0 ? "1" : "2", NAMES[k],
                STATUS[k], DATES[(int) (i % DATES.length)], "00", "", "", "20100110", "4744099", "4744001,4744005", "RUA",
                "DAS FLORES", Long.toString(i % 2000), "SALA " + k, "CENTRO", "01001000", "SP", "7107", "11",
                "3000" + (i % 10_000), "", "", "", "", "", "", ""};
        StringBuilder line = new StringBuilder(320);
        for (int c = 0; c < f.length; c++) {
            if (c > 0) line.append(';');
            line.append('"').append(f[c]).append('"');
        }
        return line.append('\n').toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
