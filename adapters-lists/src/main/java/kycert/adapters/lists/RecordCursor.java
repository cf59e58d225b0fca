package kycert.adapters.lists;

import io.vavr.control.Option;
import java.time.Instant;
import kycert.domain.screening.ListRecord;

/** A pull reader of records: {@code null} at the end. */
interface RecordCursor {
    ListRecord next();

    /** The publication instant the file gave so far, if any. */
    default Option<Instant> publishedAt() { return Option.none(); }
}
