package kycert.domain.scope;

import java.util.Arrays;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/** Scope names as clients send them: the wire names, and names that are not scopes (near misses included). */
public final class ScopeArbitraries {
    private ScopeArbitraries() {}

    public static Arbitrary<String> wireNames() {
        return Arbitraries.of(Scope.values()).map(Scope::wire);
    }

    /** Anything but a wire name: random text, and wire names upper-cased, padded, truncated or with another verb. */
    public static Arbitrary<String> unknownNames() {
        Arbitrary<String> nearMisses = Arbitraries.oneOf(
                wireNames().map(w -> w.toUpperCase(Locale.ROOT)),
                wireNames().map(w -> " " + w),
                wireNames().map(w -> w + " "),
                wireNames().map(w -> w.substring(0, w.length() - 1)),
                wireNames().map(w -> w.replace(":", "_")),
                wireNames().map(w -> w.substring(0, w.indexOf(':')) + ":delete"),
                Arbitraries.of("runs:*", "*", "admin", "runs", "read", "runs:write,runs:read", "RUNS_WRITE", ""));
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(20);
        return Arbitraries.oneOf(nearMisses, text).filter(s -> Arrays.stream(Scope.values()).noneMatch(x -> x.wire().equals(s)));
    }

    /** A wire name. */
    public static final class WireName implements ArbitrarySupplier<String> {
        @Override
        public Arbitrary<String> get() {
            return wireNames();
        }
    }

    /** A name that is not a scope. */
    public static final class UnknownName implements ArbitrarySupplier<String> {
        @Override
        public Arbitrary<String> get() {
            return unknownNames();
        }
    }
}
