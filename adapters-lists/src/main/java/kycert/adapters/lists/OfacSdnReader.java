package kycert.adapters.lists;

import io.vavr.control.Option;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;
import org.apache.commons.csv.CSVRecord;

/**
 * OFAC SDN, as {@code SDN.XML} alone or as the CSV set: {@code sdn.csv} with {@code alt.csv} (aliases) and
 * optionally {@code add.csv} and {@code sdn_comments.csv} (Brazilian ids in the overflow remarks), in any order, in a
 * ZIP or as several inputs. The set is joined on {@code ent_num}: aliases and overflow ids are held in memory
 * (bounded by OFAC's own alias list, a few MB), {@code sdn.csv} is spooled to a temporary file until they are known.
 */
final class OfacSdnReader implements ListReader {

    @Override
    public RecordCursor open(Entries entries) {
        Entry first = entries.next();
        PublishedFormat format = FormatReaders.accepted(ListId.OFAC_SDN, first);
        if (format == PublishedFormat.OFAC_SDN_XML) return alone(new OfacSdnXmlReader(first), entries);
        return csvSet(first, entries);
    }

    /** SDN.XML is the whole list: nothing may come with it. */
    private static RecordCursor alone(RecordCursor xml, Entries entries) {
        return new RecordCursor() {
            @Override public ListRecord next() {
                ListRecord record = xml.next();
                if (record == null) {
                    Entry extra = entries.next();
                    if (extra != null) throw extra.refused("SDN.XML is the whole OFAC list: send it alone, or the CSV set alone");
                }
                return record;
            }

            @Override public Option<Instant> publishedAt() { return xml.publishedAt(); }
        };
    }

    private static RecordCursor csvSet(Entry first, Entries entries) {
        Map<String, List<String>> aliases = new HashMap<>();
        Map<String, List<String>> overflowIds = new HashMap<>();
        Path spool = null;
        String sdnName = null;
        for (Entry entry = first; entry != null; entry = entries.next()) {
            PublishedFormat format = FormatReaders.accepted(ListId.OFAC_SDN, entry);
            switch (format) {
                case OFAC_SDN_CSV -> {
                    if (spool != null) throw entry.refused("a second sdn.csv in one import");
                    spool = spool(entry, entries);
                    sdnName = entry.name();
                }
                case OFAC_ALT_CSV -> readRows(entry, 5, row -> aliases.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row.get(3)));
                case OFAC_COMMENTS_CSV -> readRows(entry, 2, row -> {
                    List<String> ids = Documents.inRemarks(row.get(1));
                    if (!ids.isEmpty()) overflowIds.computeIfAbsent(row.get(0), k -> new ArrayList<>()).addAll(ids);
                });
                case OFAC_ADD_CSV -> readRows(entry, 6, row -> { });
                default -> throw entry.refused("an OFAC import is SDN.XML alone, or the CSV set (sdn.csv, alt.csv, add.csv, sdn_comments.csv)");
            }
        }
        if (spool == null) throw first.refused("the OFAC CSV set has no sdn.csv (the primary file): send it with alt.csv");
        Entry sdn = new Entry(sdnName, open(spool), Option.of(PublishedFormat.OFAC_SDN_CSV));
        return new OfacSdnCsvReader(sdn, aliases, overflowIds);
    }

    private static void readRows(Entry entry, int fields, java.util.function.Consumer<CSVRecord> each) {
        CsvRows rows = new CsvRows(entry, StandardCharsets.UTF_8, ',', java.nio.charset.CodingErrorAction.REPLACE);
        for (CSVRecord row = rows.next(); row != null; row = rows.next()) {
            if (OfacSdnCsvReader.endMarker(row)) continue;
            if (row.size() != fields) throw rows.invalid(row, "the row has " + row.size() + " fields; the published layout has " + fields);
            each.accept(row);
        }
    }

    private static Path spool(Entry entry, Entries entries) {
        try {
            Path file = Files.createTempFile("kycert-ofac-sdn-", ".csv");
            entries.onClose(() -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is removed by the OS
                }
            });
            try (OutputStream out = Files.newOutputStream(file)) {
                entry.in().transferTo(out);
            }
            return file;
        } catch (IOException e) {
            throw Failures.classify(e, entry.name(), "", "unreadable file");
        }
    }

    private static BufferedInputStream open(Path file) {
        try {
            InputStream in = Files.newInputStream(file);
            return new BufferedInputStream(in, 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
