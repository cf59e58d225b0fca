package kycert.adapters.lists;

import io.vavr.control.Option;
import java.time.Instant;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;

/** A list whose files stand alone: each file (or ZIP entry) is read in turn by the reader of its layout. */
final class EachEntryReader implements ListReader {
    private final ListId list;

    EachEntryReader(ListId list) { this.list = list; }

    @Override
    public RecordCursor open(Entries entries) {
        Entry first = entries.next();
        RecordCursor firstCursor = FormatReaders.open(list, first);
        return new RecordCursor() {
            private RecordCursor current = firstCursor;
            private Option<Instant> published = Option.none();

            @Override
            public ListRecord next() {
                while (current != null) {
                    ListRecord record = current.next();
                    if (published.isEmpty()) published = current.publishedAt();
                    if (record != null) return record;
                    Entry entry = entries.next();
                    current = entry == null ? null : FormatReaders.open(list, entry);
                }
                return null;
            }

            @Override
            public Option<Instant> publishedAt() {
                return published.isEmpty() && current != null ? current.publishedAt() : published;
            }
        };
    }
}
