package kycert.domain.screening;

import java.util.Objects;

/** One row of Receita Federal's {@code Empresas} file: the CNPJ root and the company's legal name (razão social). */
public record CnpjCompany(String root, String legalName) {
    public CnpjCompany {
        Objects.requireNonNull(root);
        if (root.length() != 8) throw new IllegalArgumentException("a CNPJ root has 8 characters");
        Objects.requireNonNull(legalName);
    }
}
