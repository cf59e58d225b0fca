package kycert.domain.document;

/** A valid Brazilian taxpayer document: a CPF (individual) or a CNPJ (company). */
public sealed interface Document permits Cpf, Cnpj {

    /** The normalized bare form: CPF 11 digits; CNPJ 14 characters in [0-9A-Z]. */
    String value();

    /** The conventional punctuated form, e.g. {@code 529.982.247-25} or {@code 12.ABC.345/01DE-35}. */
    String formatted();

    /** The LGPD mask, safe to show or log, e.g. {@code ***.982.247-**} or {@code **.ABC.345/****-**}. */
    String masked();
}
