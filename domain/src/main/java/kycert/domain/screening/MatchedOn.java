package kycert.domain.screening;

/** What made a hit: the evidence an analyst reads beside it (CONTRACT §8 {@code matched_on}). */
public enum MatchedOn {
    /** The entry carries the subject's full CPF/CNPJ. */
    DOCUMENT("document"),
    /** The entry's masked CPF shows the subject's digits 4–9 (never a hit on its own). */
    MASKED_DOCUMENT("masked_document"),
    /** The entry's primary name matches the subject's name. */
    NAME("name"),
    /** One of the entry's aliases matches the subject's name. */
    ALIAS("alias");

    private final String wire;

    MatchedOn(String wire) { this.wire = wire; }

    public String wire() { return wire; }
}
