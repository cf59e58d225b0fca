package kycert.adapters.lists;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Iterator;
import kycert.domain.screening.ListRecord;

/**
 * The records of one import, read lazily from the publisher's bytes. Iterating may throw {@link InvalidListFile}
 * at any record (a file cut in the middle is found only there) and {@link java.io.UncheckedIOException} when the
 * source itself fails. Close it in every case.
 */
public interface ListFile extends Iterator<ListRecord>, AutoCloseable {

    /** When the publisher says the file was generated (OFAC Publish_Date, UN dateGenerated, EU generationDate), once read. */
    Option<Instant> publishedAt();

    /** Hex SHA-256 of every byte of the input(s), in order; only once iteration is over. */
    String sha256();

    /** Bytes consumed from the input(s) so far (for progress and ETA). */
    long bytesRead();

    /** Records returned so far. */
    long records();

    @Override
    void close();
}
