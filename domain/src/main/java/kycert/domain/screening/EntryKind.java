package kycert.domain.screening;

/** What a list entry names, as far as its publisher says. */
public enum EntryKind {
    PERSON,
    ORGANIZATION,
    /** Vessels, aircraft, or an entry whose publisher does not say. */
    OTHER
}
