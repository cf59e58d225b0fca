package kycert.bootstrap;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import kycert.application.port.out.ListFileSourcePort;
import kycert.domain.screening.ListFileFault;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;

/** How far an import has got: bytes read of the files' total, records read, their rate and the time left. */
final class ImportProgress {
    private final long totalBytes;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong records = new AtomicLong();

    ImportProgress(long totalBytes) {
        this.totalBytes = totalBytes;
    }

    /** {@code in}, counted as it is read. */
    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) bytes.incrementAndGet();
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) bytes.addAndGet(n);
                return n;
            }
        };
    }

    /** {@code files}, their records counted as they are pulled. */
    ListFileSourcePort counting(ListFileSourcePort files) {
        return list -> files.open(list).map(this::counting);
    }

    private ListFileSourcePort.Records counting(ListFileSourcePort.Records inner) {
        return new ListFileSourcePort.Records() {
            @Override
            public Either<ListFileFault, Option<ListRecord>> next() {
                Either<ListFileFault, Option<ListRecord>> next = inner.next();
                if (next.isRight() && next.get().isDefined()) records.incrementAndGet();
                return next;
            }

            @Override public Option<Instant> publishedAt() { return inner.publishedAt(); }
            @Override public String sha256() { return inner.sha256(); }
            @Override public void close() { inner.close(); }
        };
    }

    long records() { return records.get(); }

    /** e.g. {@code 1,234,567 records  45.6 MB of 1.0 GB (4%)  210,000 records/s  ETA 0:42}. */
    String line(ListId list, Duration elapsed) {
        long read = bytes.get();
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        StringBuilder b = new StringBuilder(list.wire()).append("  ")
                .append(String.format(Locale.ROOT, "%,d records  %s", records.get(), size(read)));
        if (totalBytes > 0) {
            b.append(" of ").append(size(totalBytes))
                    .append(String.format(Locale.ROOT, " (%d%%)", Math.min(100, read * 100 / totalBytes)));
        }
        b.append(String.format(Locale.ROOT, "  %,d records/s", Math.round(records.get() / seconds)));
        if (totalBytes > 0 && read > 0 && read < totalBytes) {
            long left = Math.round((totalBytes - read) / (read / seconds));
            b.append(String.format(Locale.ROOT, "  ETA %d:%02d", left / 60, left % 60));
        }
        return b.toString();
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
        if (bytes < 1024L * 1024 * 1024) return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
    }
}
