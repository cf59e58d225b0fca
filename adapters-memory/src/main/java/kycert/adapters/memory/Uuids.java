package kycert.adapters.memory;

import java.util.Comparator;
import java.util.UUID;

/** UUID order as SQL databases sort them (unsigned, byte by byte), so memory and JDBC list in the same order. */
final class Uuids {
    static final Comparator<UUID> UNSIGNED = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private Uuids() {}
}
