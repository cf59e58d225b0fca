package kycert.bootstrap.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Everything a server writes while it is installed: every JUL record (kycert's own loggers at every level, the
 * rest at INFO and up), formatted with its parameters and stack trace, plus System.out and System.err.
 * Each record is appended as one whole line, so records from concurrent threads never interleave.
 */
public final class LogCapture implements AutoCloseable {
    private final StringBuffer records = new StringBuffer();
    private final ByteArrayOutputStream stdio = new ByteArrayOutputStream();
    private final Logger root = Logger.getLogger("");
    private final Logger kycert = Logger.getLogger("kycert");
    private final Level kycertLevel = kycert.getLevel();
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final Handler handler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder().append(record.getLevel()).append(' ').append(record.getLoggerName()).append(": ")
                    .append(formatter.formatMessage(record));
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            records.append(line).append('\n');
        }

        @Override
        public void flush() { }

        @Override
        public void close() { }
    };

    public LogCapture() {
        handler.setLevel(Level.ALL);
        kycert.setLevel(Level.ALL);
        root.addHandler(handler);
        System.setOut(new PrintStream(new Tee(out, stdio), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(err, stdio), true, StandardCharsets.UTF_8));
    }

    /** All that was written so far, logs then console. */
    public String text() {
        synchronized (stdio) {
            return records + "\n" + stdio.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
        root.removeHandler(handler);
        kycert.setLevel(kycertLevel);
    }

    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final ByteArrayOutputStream b;

        Tee(OutputStream a, ByteArrayOutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) {
            write(new byte[] {(byte) c}, 0, 1);
        }

        @Override
        public void write(byte[] buf, int off, int len) {
            synchronized (b) {
                b.write(buf, off, len);
            }
            try {
                a.write(buf, off, len);
            } catch (java.io.IOException ignored) {
                // the real console is best effort
            }
        }
    }
}
