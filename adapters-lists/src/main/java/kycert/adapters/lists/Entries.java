package kycert.adapters.lists;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The published files of one import, one at a time: each input is a file, or a ZIP read entry by entry with
 * {@link ZipInputStream} (never unpacked whole). Every input is drained to its end so that the digest covers it all.
 */
final class Entries implements AutoCloseable {
    static final int HEAD = 8192;
    private static final int BUFFER = 1 << 16;

    private final Iterator<NamedInput> inputs;
    private final UnaryOperator<InputStream> meter;
    private BufferedInputStream current;
    private String currentName;
    private ZipInputStream zip;
    private String zipName;
    private int zipEntries;
    private final List<Runnable> onClose = new ArrayList<>();

    Entries(Iterator<NamedInput> inputs, UnaryOperator<InputStream> meter) {
        this.inputs = inputs;
        this.meter = meter;
    }

    /** The next published file, or null when every input is read. */
    Entry next() {
        while (true) {
            if (zip != null) {
                Entry entry = nextZipEntry();
                if (entry != null) return entry;
                continue;
            }
            drainCurrent();
            if (!inputs.hasNext()) return null;
            NamedInput input = inputs.next();
            current = new BufferedInputStream(meter.apply(Failures.guarded(input.in())), BUFFER);
            currentName = input.fileName();
            byte[] head = peek(current, input.fileName());
            if (isZip(head)) {
                zip = new ZipInputStream(current);
                zipName = input.fileName();
                zipEntries = 0;
                continue;
            }
            return new Entry(input.fileName(), current, PublishedFormat.recognise(head, head.length));
        }
    }

    private Entry nextZipEntry() {
        ZipEntry entry;
        try {
            entry = zip.getNextEntry();
            while (entry != null && entry.isDirectory()) entry = zip.getNextEntry();
        } catch (IOException e) {
            throw Failures.classify(e, zipName, "", "the ZIP is truncated or corrupt");
        }
        if (entry == null) {
            if (zipEntries == 0) throw new InvalidListFile(zipName, "", "the ZIP holds no file");
            zip = null;
            return null;
        }
        zipEntries++;
        String name = zipName + "!" + entry.getName();
        BufferedInputStream in = new BufferedInputStream(new ZipEntryStream(zip, zipName), BUFFER);
        byte[] head = peek(in, name);
        if (isZip(head)) throw new InvalidListFile(name, "", "a ZIP inside a ZIP is not read: send the inner files");
        return new Entry(name, in, PublishedFormat.recognise(head, head.length));
    }

    private void drainCurrent() {
        if (current == null) return;
        try {
            current.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw Failures.classify(e, currentName, "", "the file could not be read to its end");
        }
        current = null;
    }

    /** Reads what is left of every input (trailing bytes, a ZIP's central directory) so that the digest is whole. */
    void finish() {
        if (zip != null) {
            while (nextZipEntry() != null) { /* entries past the reader's interest are still hashed */ }
        }
        drainCurrent();
    }

    /** Something a reader made for this import (a spool file) that goes away with it. */
    void onClose(Runnable cleanup) { onClose.add(cleanup); }

    @Override
    public void close() {
        onClose.forEach(Runnable::run);
        try {
            if (current != null) current.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        while (inputs.hasNext()) {
            try {
                inputs.next().in().close();
            } catch (IOException ignored) {
                // closing unread inputs: nothing more to do
            }
        }
    }

    private static byte[] peek(BufferedInputStream in, String name) {
        try {
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            if (head.length == 0) throw new InvalidListFile(name, "", "the file is empty");
            return head;
        } catch (IOException e) {
            throw Failures.classify(e, name, "", "the ZIP entry is truncated or corrupt");
        }
    }

    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5) && (head[3] == 4 || head[3] == 6);
    }

    /** One entry's bytes; a truncated archive surfaces as an invalid file, not as an I/O failure of ours. */
    private static final class ZipEntryStream extends FilterInputStream {
        private final String zipName;

        ZipEntryStream(ZipInputStream zip, String zipName) {
            super(zip);
            this.zipName = zipName;
        }

        @Override public int read() throws IOException {
            try { return super.read(); } catch (IOException e) { throw rethrow(e); }
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            try { return super.read(b, off, len); } catch (IOException e) { throw rethrow(e); }
        }

        private RuntimeException rethrow(IOException e) {
            return Failures.classify(e, zipName, "", "the ZIP is truncated or corrupt");
        }

        @Override public void close() { /* the archive stays open for its next entry */ }
    }

}
