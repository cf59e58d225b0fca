package kycert.domain.screening;

import io.vavr.control.Option;

/** Receita Federal's situação cadastral codes and what each means for a run (CONTRACT §8). */
public enum RegistryStatus {
    NULA("01", false),
    ATIVA("02", true),
    SUSPENSA("03", false),
    INAPTA("04", false),
    BAIXADA("08", false);

    private final String code;
    private final boolean regular;

    RegistryStatus(String code, boolean regular) {
        this.code = code;
        this.regular = regular;
    }

    /** The two-digit code as published. */
    public String code() { return code; }

    /** ATIVA is regular (VALID); every other status is irregular (INVALID). */
    public boolean regular() { return regular; }

    /** Accepts {@code "2"} and {@code "02"} alike, as the files write both. */
    public static Option<RegistryStatus> ofCode(String code) {
        if (code == null) return Option.none();
        String c = code.strip();
        if (c.length() == 1) c = "0" + c;
        for (RegistryStatus s : values()) if (s.code.equals(c)) return Option.of(s);
        return Option.none();
    }
}
