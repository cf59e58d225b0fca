package kycert.bootstrap;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * The server's console log (standard error) written by one background thread: a request thread only queues its
 * record, and the writer formats a batch and writes it with one system call. With JUL's {@code ConsoleHandler} every
 * access-log line was a locked, flushed write on the request's path, which cost the in-memory server a quarter of
 * its throughput under load. Nothing is dropped: when the queue is full, logging waits for room. {@link #close()}
 * (run by the JVM's logging shutdown) writes what is still queued.
 */
public final class AsyncConsoleHandler extends Handler {
    private static final int CAPACITY = 16_384;
    private static final int BATCH = 512;

    private final BlockingQueue<LogRecord> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final OutputStream out;
    private final Thread writer;
    private volatile boolean closed;

    /** Standard error, as JUL's console handler; the configuration names this class in {@code handlers}. */
    public AsyncConsoleHandler() {
        this(new FileOutputStream(FileDescriptor.err));
    }

    AsyncConsoleHandler(OutputStream out) {
        this.out = out;
        setFormatter(new LogLineFormatter());
        setLevel(Level.ALL);
        this.writer = Thread.ofPlatform().daemon().name("kycert-log-writer").start(this::drainForever);
    }

    @Override
    public void publish(LogRecord record) {
        if (closed || !isLoggable(record)) return;
        try {
            queue.put(record);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drainForever() {
        List<LogRecord> batch = new ArrayList<>(BATCH);
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch, BATCH - 1);
                write(batch);
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void write(List<LogRecord> batch) {
        StringBuilder text = new StringBuilder(batch.size() * 128);
        for (LogRecord r : batch) {
            try {
                text.append(getFormatter().format(r));
            } catch (RuntimeException e) {
                reportError("cannot format a log record", e, ErrorManager.FORMAT_FAILURE);
            }
        }
        try {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            reportError("cannot write the log", e, ErrorManager.WRITE_FAILURE);
        }
    }

    /** Writes what is queued now, on the caller's thread. */
    @Override
    public void flush() {
        List<LogRecord> rest = new ArrayList<>();
        queue.drainTo(rest);
        if (!rest.isEmpty()) write(rest);
    }

    @Override
    public void close() {
        closed = true;
        writer.interrupt();
        try {
            writer.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
