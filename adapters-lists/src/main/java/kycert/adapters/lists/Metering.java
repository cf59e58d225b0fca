package kycert.adapters.lists;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicLong;

/** Feeds every byte read from the inputs to the import's digest and counts them (read from another thread for progress). */
final class Metering {
    private final MessageDigest digest;
    private final AtomicLong bytes = new AtomicLong();

    Metering(MessageDigest digest) { this.digest = digest; }

    InputStream wrap(InputStream in) {
        return new FilterInputStream(new DigestInputStream(in, digest)) {
            @Override public int read() throws IOException {
                int b = super.read();
                if (b >= 0) bytes.incrementAndGet();
                return b;
            }

            @Override public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) bytes.addAndGet(n);
                return n;
            }
        };
    }

    long bytes() { return bytes.get(); }
}
