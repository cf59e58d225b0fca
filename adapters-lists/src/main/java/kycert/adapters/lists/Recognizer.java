package kycert.adapters.lists;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Tells a published layout from a file's first bytes: the XML root element, or the CSV's first line. Never the name. */
final class Recognizer {
    private static final Pattern ROOT = Pattern.compile("<(?![?!])(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)");
    private static final Pattern RECEITA_ROOT = Pattern.compile("[0-9A-Z]{8}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private Recognizer() {}

    static Option<PublishedFormat> recognise(byte[] head, int length) {
        String text = decode(head, length);
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("<")) return xml(trimmed);
        String firstLine = firstLine(text);
        if (firstLine.isBlank()) return Option.none();
        return cgu(firstLine).orElse(() -> eu(firstLine)).orElse(() -> ofac(firstLine)).orElse(() -> receita(firstLine));
    }

    private static Option<PublishedFormat> xml(String text) {
        Matcher m = ROOT.matcher(text);
        if (!m.find()) return Option.none();
        return switch (m.group(1)) {
            case "sdnList" -> Option.of(PublishedFormat.OFAC_SDN_XML);
            case "Sanctions" -> Option.of(PublishedFormat.OFAC_ADVANCED_XML);
            case "CONSOLIDATED_LIST" -> Option.of(PublishedFormat.UN_XML);
            case "export" -> text.contains("http://eu.europa.ec/fpi/fsd/export") ? Option.of(PublishedFormat.EU_XML) : Option.none();
            default -> Option.none();
        };
    }

    private static Option<PublishedFormat> cgu(String line) {
        if (line.startsWith("\"CADASTRO\";")) {
            return Option.of(line.contains("\"VALOR DA MULTA\"") ? PublishedFormat.CNEP_CSV : PublishedFormat.CEIS_CSV);
        }
        if (line.startsWith("\"CNPJ ENTIDADE\";")) return Option.of(PublishedFormat.CEPIM_CSV);
        if (line.startsWith("\"CPF\";\"Nome_PEP\"") || line.startsWith("CPF;Nome_PEP")) return Option.of(PublishedFormat.PEP_CSV);
        return Option.none();
    }

    private static Option<PublishedFormat> eu(String line) {
        return line.contains("Entity_LogicalId") && line.contains(";") ? Option.of(PublishedFormat.EU_CSV) : Option.none();
    }

    private static Option<PublishedFormat> ofac(String line) {
        List<String> fields = fields(line, CSVFormat.DEFAULT);
        if (fields.isEmpty() || !DIGITS.matcher(fields.get(0)).matches()) return Option.none();
        return switch (fields.size()) {
            case 12 -> Option.of(PublishedFormat.OFAC_SDN_CSV);
            case 5 -> Option.of(PublishedFormat.OFAC_ALT_CSV);
            case 6 -> Option.of(PublishedFormat.OFAC_ADD_CSV);
            case 2 -> Option.of(PublishedFormat.OFAC_COMMENTS_CSV);
            default -> Option.none();
        };
    }

    private static Option<PublishedFormat> receita(String line) {
        List<String> fields = fields(line, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
        if (fields.isEmpty() || !RECEITA_ROOT.matcher(fields.get(0)).matches()) return Option.none();
        return switch (fields.size()) {
            case ReceitaCnpjReader.ESTABLISHMENT_COLUMNS -> Option.of(PublishedFormat.RECEITA_ESTABELECIMENTOS);
            case ReceitaCnpjReader.COMPANY_COLUMNS -> Option.of(PublishedFormat.RECEITA_EMPRESAS);
            default -> Option.none();
        };
    }

    private static List<String> fields(String line, CSVFormat format) {
        try (var parser = format.parse(new StringReader(line))) {
            var it = parser.iterator();
            if (!it.hasNext()) return List.of();
            CSVRecord record = it.next();
            return record.toList();
        } catch (IOException | RuntimeException notCsv) {
            return List.of();
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** Enough of the head to read markup and header names: UTF-16 when it says so, else byte-per-char. */
    private static String decode(byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) return new String(head, 2, length - 2, StandardCharsets.UTF_16BE);
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) return new String(head, 2, length - 2, StandardCharsets.UTF_16LE);
        int start = length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        Charset latin = StandardCharsets.ISO_8859_1;
        return new String(head, start, length - start, latin);
    }
}
