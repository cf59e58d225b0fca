package kycert.domain.screening;

import kycert.domain.document.Cpf;
import kycert.domain.document.Document;

/**
 * What an entry's documents say about a subject's document (CONTRACT §8).
 *
 * <p>A document of another type says nothing (a company's CNPJ on a person's row). A full document of the subject's
 * type that differs, or masked CPFs none of which shows the subject's digits 4–9, mark a homonym: that entry is
 * about someone else, whatever the name.
 */
enum DocumentEvidence {
    /** The entry carries the subject's full document: a hit by itself. */
    SAME,
    /** A homonym: the entry's own document of the subject's type differs. Never a hit. */
    CONFLICTING,
    /** A masked CPF shows the subject's digits 4–9: a hit only if the name matches too. */
    MASKED_AGREES,
    /** The entry carries no document of the subject's type: the name decides. */
    NONE;

    static DocumentEvidence of(ListEntry entry, Document subject) {
        String value = subject.value();
        if (entry.documents().contains(value)) return SAME;
        for (String d : entry.documents()) if (d.length() == value.length()) return CONFLICTING;
        if (subject instanceof Cpf cpf && !entry.maskedCpfs().isEmpty()) {
            return entry.maskedCpfs().contains(visibleDigits(cpf)) ? MASKED_AGREES : CONFLICTING;
        }
        return NONE;
    }

    /** Digits 4–9 of a CPF: what a masked {@code ***.ddd.ddd-**} shows. */
    static String visibleDigits(Cpf cpf) {
        return cpf.value().substring(3, 9);
    }
}
