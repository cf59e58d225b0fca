package kycert.bootstrap;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import kycert.domain.audit.AuditRedaction;

/**
 * {@code 2026-11-23T11:22:32.251Z INFO kycert.http.access - message}, one line per record (a stack trace, when there
 * is one, follows on its own lines). Built by hand rather than with {@code SimpleFormatter}, whose
 * {@code String.format} and caller lookup (a stack walk per record, for a field this format does not show) cost
 * more than the request being logged.
 * <p>
 * Every line, from every logger — kycert's own, the pool's, the drivers', Helidon's — message and exception text
 * alike, goes through the audit log's redaction before it is written: documents (CPF, CNPJ) masked, API keys cut
 * to their prefix, webhook secrets and tokens replaced. A library that quotes a bound value in an exception cannot
 * put a document in the log.
 */
public final class LogLineFormatter extends Formatter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160)
                .append(TIME.format(record.getInstant()))
                .append(' ').append(record.getLevel().getName())
                .append(' ').append(record.getLoggerName())
                .append(" - ").append(formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(System.lineSeparator()).append(trace);
        } else {
            line.append(System.lineSeparator());
        }
        return AuditRedaction.redactValue(line.toString());
    }
}
