package kycert.adapters.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Commons CSV over one published file, record by record, with the line numbers errors must name. */
final class CsvRows {
    /** Far above any record the publishers write (a few KB); a quote never closed cannot make a field grow without end. */
    static final int MAX_RECORD_CHARS = 1 << 20;

    private final Entry entry;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long lastLine;
    private long charsSinceRecord;

    /** Strict: a byte outside {@code charset} refuses the file. */
    CsvRows(Entry entry, Charset charset, char delimiter) {
        this(entry, charset, delimiter, CodingErrorAction.REPORT);
    }

    /** {@code onBadBytes} REPLACE for publishers whose encoding is not stated (OFAC's legacy CSVs): a stray byte is not a bad file. */
    CsvRows(Entry entry, Charset charset, char delimiter, CodingErrorAction onBadBytes) {
        this.entry = entry;
        Reader reader = onBadBytes == CodingErrorAction.REPORT
                ? new BufferedReader(new StrictDecoder(entry.in(), charset), 1 << 16)
                : new BufferedReader(new InputStreamReader(entry.in(), charset.newDecoder()
                        .onMalformedInput(onBadBytes).onUnmappableCharacter(onBadBytes)), 1 << 16);
        reader = bounded(reader);
        try {
            this.parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote('"').setIgnoreEmptyLines(true)
                    .setTrim(false).get().parse(reader);
        } catch (IOException e) {
            throw Failures.classify(e, entry.name(), "line 1", "unreadable CSV");
        }
        this.records = parser.iterator();
    }

    /** The next record, or null at the end; a quote left open or bytes outside the charset refuse the file. */
    CSVRecord next() {
        try {
            if (!records.hasNext()) return null;
            CSVRecord record = records.next();
            lastLine = parser.getCurrentLineNumber();
            charsSinceRecord = 0;
            return record;
        } catch (UncheckedIOException | IllegalStateException e) {
            if (e.getCause() instanceof StrictDecoder.BadBytes bad) {
                throw InvalidListFile.atLine(entry.name(), bad.line, "bytes that are not in the published encoding");
            }
            if (e.getCause() instanceof RecordTooLarge) {
                throw InvalidListFile.atLine(entry.name(), lastLine + 1,
                        "a record is far larger than any the publisher writes (a quote never closed?)");
            }
            long line = lastLine + 1;
            String reason = e.getCause() instanceof java.nio.charset.CharacterCodingException
                    ? "bytes that are not in the published encoding"
                    : "the CSV is malformed or cut short (a quoted field is never closed)";
            throw Failures.classify(e, entry.name(), "line " + line, reason);
        }
    }

    /** The line where the last record read starts (1-based, counting the header). */
    /** The next record that {@code skip} does not pass over, or null at the end. */
    CSVRecord nextExcept(java.util.function.Predicate<CSVRecord> skip) {
        CSVRecord row;
        do {
            row = next();
        } while (row != null && skip.test(row));
        return row;
    }

    long line(CSVRecord record) {
        return Math.max(1, lastLine);
    }

    private static final class RecordTooLarge extends java.io.IOException {
        RecordTooLarge() { super("record too large"); }
    }

    /** Counts the characters handed to the parser since the last whole record (its read-ahead buffer is far smaller). */
    private Reader bounded(Reader reader) {
        return new java.io.FilterReader(reader) {
            @Override public int read(char[] buffer, int off, int len) throws IOException {
                int n = super.read(buffer, off, len);
                if (n > 0 && (charsSinceRecord += n) > MAX_RECORD_CHARS) throw new RecordTooLarge();
                return n;
            }

            @Override public int read() throws IOException {
                int c = super.read();
                if (c >= 0 && ++charsSinceRecord > MAX_RECORD_CHARS) throw new RecordTooLarge();
                return c;
            }
        };
    }

    InvalidListFile invalid(CSVRecord record, String reason) {
        return InvalidListFile.atLine(entry.name(), line(record), reason);
    }

    String fileName() { return entry.name(); }
}
