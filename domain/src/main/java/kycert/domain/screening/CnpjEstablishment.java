package kycert.domain.screening;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of Receita Federal's {@code Estabelecimentos} file: a CNPJ and its registry status.
 *
 * @param cnpj         the full CNPJ, 14 chars ({@code cnpj_basico + cnpj_ordem + cnpj_dv}; the root may be alphanumeric)
 * @param status       situação cadastral as published: 01 NULA, 02 ATIVA, 03 SUSPENSA, 04 INAPTA, 08 BAIXADA
 * @param statusSince  data da situação cadastral ({@code YYYYMMDD}; {@code 0}/{@code 00000000} → none)
 * @param tradeName    nome fantasia, when published
 */
public record CnpjEstablishment(String cnpj, RegistryStatus status, Option<LocalDate> statusSince, Option<String> tradeName) {
    public CnpjEstablishment {
        Objects.requireNonNull(cnpj);
        if (cnpj.length() != 14) throw new IllegalArgumentException("a CNPJ has 14 characters");
        Objects.requireNonNull(status);
        Objects.requireNonNull(statusSince);
        Objects.requireNonNull(tradeName);
    }

    /** The 8-character root shared with the company ({@code Empresas}) row. */
    public String root() { return cnpj.substring(0, 8); }
}
