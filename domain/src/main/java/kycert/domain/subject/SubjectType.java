package kycert.domain.subject;

import io.vavr.control.Option;

/** A person (pf, CPF) or a company (pj, CNPJ). */
public enum SubjectType {
    PF("pf"),
    PJ("pj");

    private final String wire;

    SubjectType(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    public static Option<SubjectType> parse(String s) {
        for (SubjectType t : values()) if (t.wire.equals(s)) return Option.of(t);
        return Option.none();
    }
}
