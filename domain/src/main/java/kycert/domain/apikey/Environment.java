package kycert.domain.apikey;

import io.vavr.control.Option;

/** Live or sandbox; a key's prefix names it and the two never see each other's data. */
public enum Environment {
    LIVE("live", "sk_live_"),
    TEST("test", "sk_test_");

    private final String wire;
    private final String keyPrefix;

    Environment(String wire, String keyPrefix) {
        this.wire = wire;
        this.keyPrefix = keyPrefix;
    }

    public String wire() { return wire; }
    public String keyPrefix() { return keyPrefix; }

    public static Option<Environment> parse(String s) {
        if (s == null) return Option.none();
        for (Environment e : values()) {
            if (e.wire.equals(s) || e.name().equalsIgnoreCase(s) || (e == TEST && s.equals("sandbox"))) return Option.of(e);
        }
        return Option.none();
    }
}
