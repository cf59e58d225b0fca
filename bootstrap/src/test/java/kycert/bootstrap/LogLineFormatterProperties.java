package kycert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import kycert.domain.document.Document;
import kycert.domain.document.DocumentArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The console log's formatter masks a document wherever a record carries it — its message, its parameters, the
 * message of its exception or of a cause — from any logger: a library that quotes a bound value cannot log it.
 */
class LogLineFormatterProperties {
    private final LogLineFormatter formatter = new LogLineFormatter();

    /** Where the document travels in the record. */
    enum Carrier { MESSAGE, PARAMETER, EXCEPTION, CAUSE }

    @Property
    void aFormattedLine_neverHoldsADocument(@ForAll @From(supplier = DocumentArbitraries.ValidDocument.class) Document document,
                                           @ForAll boolean punctuated, @ForAll Carrier carrier,
                                           @ForAll("text") String before, @ForAll("boundary") char open,
                                           @ForAll("boundary") char close, @ForAll("text") String after) {
        String shown = punctuated ? document.formatted() : document.value();
        String text = before + open + shown + close + after;

        String line = formatter.format(record(carrier, text));

        assertThat(line).doesNotContain(document.value()).doesNotContain(document.formatted());
    }

    @Example
    void whatIsNotADocument_isLeftAsItIs() {
        String text = "GET /api/v1/bureau/runs/550e8400-e29b-41d4-a716-446655440000 200 12ms req_01HZX3 caller=sk_test_AbCdEfGh"
                + " at 2026-11-23T11:22:32.251Z after 1732361000000 ns";
        assertThat(formatter.format(new LogRecord(Level.INFO, text))).contains(text);
    }

    @Example
    void theDriversBatchMessage_losesItsDocument() {
        SQLException batch = new SQLException("Batch entry 0 INSERT INTO webhook_deliveries (payload) VALUES "
                + "('{\"subject\":{\"type\":\"pf\",\"doc\":\"52998224725\"}}') was aborted: FATAL: terminating connection", "57P01");
        LogRecord r = new LogRecord(Level.WARNING, "kycert - Connection marked as broken because of SQLSTATE(57P01)");
        r.setThrown(batch);
        assertThat(formatter.format(r)).doesNotContain("52998224725").contains("\"doc\":\"***\"");
    }

    private static LogRecord record(Carrier carrier, String text) {
        LogRecord r = new LogRecord(Level.WARNING, carrier == Carrier.MESSAGE ? text : "failure {0}");
        r.setLoggerName("com.zaxxer.hikari.pool.ProxyConnection");
        switch (carrier) {
            case MESSAGE -> { }
            case PARAMETER -> r.setParameters(new Object[] {text});
            case EXCEPTION -> r.setThrown(new SQLException(text, "23514"));
            case CAUSE -> r.setThrown(new IllegalStateException("wrapped", new SQLException(text)));
        }
        return r;
    }

    /** Text around the document without digits, so it cannot make a document of its own. */
    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().ofMaxLength(30).excludeChars('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
    }

    /** What stands next to a document in a log line: a space, a quote, a bracket, an operator, punctuation. */
    @Provide
    Arbitrary<Character> boundary() {
        return Arbitraries.of(' ', '\t', '\n', '"', '\'', '(', ')', '[', ']', '{', '}', '<', '>', '=', ':', ',', ';', '.', '-', '/', '|');
    }
}
