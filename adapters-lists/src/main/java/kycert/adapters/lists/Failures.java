package kycert.adapters.lists;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Tells a broken file (the client's fault: 400) from a failing source (a dropped connection, a disk error: ours). */
final class Failures {
    private Failures() {}

    /** Marks I/O errors of the source itself, so that parsers' own errors can be told apart. */
    static final class SourceFailure extends IOException {
        SourceFailure(IOException cause) { super(cause.getMessage(), cause); }
    }

    /** Wraps a client's input so that its read errors surface as {@link SourceFailure}. */
    static InputStream guarded(InputStream in) {
        return new FilterInputStream(in) {
            @Override public int read() throws IOException {
                try { return super.read(); } catch (IOException e) { throw new SourceFailure(e); }
            }

            @Override public int read(byte[] b, int off, int len) throws IOException {
                try { return super.read(b, off, len); } catch (IOException e) { throw new SourceFailure(e); }
            }
        };
    }

    /** A parser's failure: rethrown as an I/O failure when the source broke, else as an invalid file. */
    static RuntimeException classify(Throwable failure, String fileName, String location, String reason) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SourceFailure source) return new UncheckedIOException(source);
            if (t instanceof InvalidListFile invalid) return invalid;
        }
        return new InvalidListFile(fileName, location, reason);
    }
}
