package kycert.adapters.lists;

import io.vavr.control.Option;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kycert.domain.document.Cnpj;
import kycert.domain.document.Cpf;

/** Brazilian documents as lists write them: full CPF/CNPJ (formatted or bare) and masked CPFs ({@code ***.982.247-**}). */
final class Documents {
    private static final Pattern MASKED_CPF = Pattern.compile("\\*{3}\\.?(\\d{3})\\.?(\\d{3})-?\\*{2}");
    /** Brazilian ids in OFAC remarks: {@code Tax ID No. 42987643000110 (Brazil)}, {@code CPF 123... (Brazil)}. */
    private static final Pattern IN_REMARKS = Pattern.compile(
            "(?:Tax ID No\\.|CPF|CNPJ|C\\.P\\.F\\.|C\\.N\\.P\\.J\\.|National ID No\\.|Cedula No\\.)\\s*:?\\s*([0-9A-Za-z./-]{11,20})\\s*\\(Brazil\\)");

    private Documents() {}

    /** A full CPF or CNPJ, normalized (11 digits / 14 uppercase chars), when the text is one. */
    static Option<String> full(String text) {
        if (text == null || text.isBlank()) return Option.none();
        Option<String> cpf = Cpf.parse(text).map(Cpf::value).toOption();
        return cpf.isDefined() ? cpf : Cnpj.parse(text).map(Cnpj::value).toOption();
    }

    /** The six visible digits of a masked CPF. */
    static Option<String> masked(String text) {
        if (text == null) return Option.none();
        Matcher m = MASKED_CPF.matcher(text.strip());
        return m.matches() ? Option.of(m.group(1) + m.group(2)) : Option.none();
    }

    /** Every full Brazilian document named in free text such as OFAC's remarks. */
    static java.util.List<String> inRemarks(String remarks) {
        java.util.List<String> found = new java.util.ArrayList<>();
        if (remarks == null) return found;
        Matcher m = IN_REMARKS.matcher(remarks);
        while (m.find()) full(m.group(1)).forEach(doc -> { if (!found.contains(doc)) found.add(doc); });
        return found;
    }

    /** Whether a country named by a list is Brazil ({@code Brazil}, {@code BR}, {@code BRA}). */
    static boolean brazil(String country) {
        String c = country == null ? "" : country.strip();
        return c.equalsIgnoreCase("Brazil") || c.equalsIgnoreCase("BR") || c.equalsIgnoreCase("BRA") || c.equalsIgnoreCase("Brasil");
    }
}
