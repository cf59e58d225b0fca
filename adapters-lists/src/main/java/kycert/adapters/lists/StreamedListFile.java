package kycert.adapters.lists;

import io.vavr.control.Option;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import kycert.domain.screening.ListRecord;

/** A {@link ListFile} over a cursor: hashes and counts the bytes as the cursor pulls them. */
final class StreamedListFile implements ListFile {
    private final RecordCursor cursor;
    private final Entries entries;
    private final MessageDigest digest;
    private final Metering meter;
    private ListRecord next;
    private boolean done;
    private long records;
    private String sha256;

    StreamedListFile(RecordCursor cursor, Entries entries, MessageDigest digest, Metering meter) {
        this.cursor = cursor;
        this.entries = entries;
        this.digest = digest;
        this.meter = meter;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = cursor.next();
            if (next == null) {
                entries.finish();
                sha256 = HexFormat.of().formatHex(digest.digest());
                done = true;
            }
        }
        return next != null;
    }

    @Override
    public ListRecord next() {
        if (!hasNext()) throw new NoSuchElementException();
        ListRecord record = next;
        next = null;
        records++;
        return record;
    }

    @Override
    public Option<java.time.Instant> publishedAt() { return cursor.publishedAt(); }

    @Override
    public String sha256() {
        if (sha256 == null) throw new IllegalStateException("the digest is known once every record is read");
        return sha256;
    }

    @Override
    public long bytesRead() { return meter.bytes(); }

    @Override
    public long records() { return records; }

    @Override
    public void close() { entries.close(); }
}
