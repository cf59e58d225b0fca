package kycert.adapters.lists;

import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import kycert.domain.screening.CnpjCompany;
import kycert.domain.screening.CnpjEstablishment;
import kycert.domain.screening.ListRecord;
import kycert.domain.screening.RegistryStatus;
import org.apache.commons.csv.CSVRecord;

/**
 * Receita Federal's open CNPJ data: no header, ISO-8859-1, {@code ;}, quoted. {@code Estabelecimentos*} rows have
 * 30 columns (CNPJ BÁSICO, CNPJ ORDEM, CNPJ DV, IDENTIFICADOR MATRIZ/FILIAL, NOME FANTASIA, SITUAÇÃO CADASTRAL,
 * DATA SITUAÇÃO CADASTRAL, …); {@code Empresas*} rows 7 (CNPJ BÁSICO, RAZÃO SOCIAL, NATUREZA JURÍDICA, …).
 * Dates are {@code YYYYMMDD}, {@code 0}/{@code 00000000} for none; the root may be alphanumeric.
 */
final class ReceitaCnpjReader implements RecordCursor {
    static final int ESTABLISHMENT_COLUMNS = 30;
    static final int COMPANY_COLUMNS = 7;

    private final CsvRows rows;
    private final boolean establishments;
    private final int columns;

    private ReceitaCnpjReader(Entry entry, boolean establishments) {
        this.rows = new CsvRows(entry, StandardCharsets.ISO_8859_1, ';');
        this.establishments = establishments;
        this.columns = establishments ? ESTABLISHMENT_COLUMNS : COMPANY_COLUMNS;
    }

    static ReceitaCnpjReader establishments(Entry entry) { return new ReceitaCnpjReader(entry, true); }

    static ReceitaCnpjReader companies(Entry entry) { return new ReceitaCnpjReader(entry, false); }

    @Override
    public ListRecord next() {
        CSVRecord row = rows.next();
        if (row == null) return null;
        if (row.size() != columns) {
            throw rows.invalid(row, "the row has " + row.size() + " fields; the published layout has " + columns);
        }
        return establishments ? establishment(row) : company(row);
    }

    private ListRecord establishment(CSVRecord row) {
        String root = root(row);
        String order = row.get(1);
        String dv = row.get(2);
        if (order.length() != 4 || !alphanumeric(order) || dv.length() != 2 || !digits(dv)) {
            throw rows.invalid(row, "CNPJ ORDEM/DV are not 4 and 2 characters");
        }
        RegistryStatus status = RegistryStatus.ofCode(row.get(5))
                .getOrElseThrow(() -> rows.invalid(row, "SITUAÇÃO CADASTRAL '" + EntryBuilder.clean(row.get(5)) + "' is not a published code"));
        String tradeName = row.get(4).strip();
        return new ListRecord.Establishment(new CnpjEstablishment(root + order + dv, status, date(row.get(6)),
                tradeName.isEmpty() ? Option.none() : Option.of(tradeName)));
    }

    private ListRecord company(CSVRecord row) {
        return new ListRecord.Company(new CnpjCompany(root(row), row.get(1).strip()));
    }

    private String root(CSVRecord row) {
        String root = row.get(0);
        if (root.length() != 8 || !alphanumeric(root)) throw rows.invalid(row, "CNPJ BÁSICO is not 8 characters [0-9A-Z]");
        return root;
    }

    /** {@code YYYYMMDD}; {@code 0}, {@code 00000000}, blank or an impossible date mean none. */
    static Option<LocalDate> date(String text) {
        String t = text.strip();
        if (t.length() != 8 || !digits(t) || t.equals("00000000")) return Option.none();
        try {
            return Option.of(LocalDate.of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 4, 6, 10), Integer.parseInt(t, 6, 8, 10)));
        } catch (DateTimeException e) {
            return Option.none();
        }
    }

    private static boolean alphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) return false;
        }
        return true;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }
}
