package kycert.application.port.out;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import kycert.domain.screening.ListFileFault;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;

/** The file(s) of one import, read by an adapter into records as a stream; a refused file is a fault, at open or at any record. */
public interface ListFileSourcePort {

    /** Opens the file(s) as {@code list}'s published format. */
    Either<ListFileFault, Records> open(ListId list);

    /** The records, pulled one at a time. Close in every case. */
    interface Records extends AutoCloseable {
        /** The next record, none at the end, or the fault that refuses the whole file. */
        Either<ListFileFault, Option<ListRecord>> next();

        /** When the publisher says the file was generated, once read. */
        Option<Instant> publishedAt();

        /** Hex SHA-256 of every byte read, once read to the end. */
        String sha256();

        @Override
        void close();
    }
}
