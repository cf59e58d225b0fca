package kycert.domain.run;

import java.util.LinkedHashMap;
import java.util.Map;
import kycert.domain.text.NameArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/** Metadata within the contract's bounds: up to 10 keys of 1 to 40 chars, string values of up to 500 chars. */
public final class MetadataArbitraries {
    private MetadataArbitraries() {}

    public static Arbitrary<String> keys() {
        return Arbitraries.oneOf(NameArbitraries.names(Metadata.MAX_KEY_LENGTH), Arbitraries.strings().alpha().ofLength(Metadata.MAX_KEY_LENGTH));
    }

    public static Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.just(""), NameArbitraries.names(Metadata.MAX_VALUE_LENGTH),
                NameArbitraries.namesOfLength(Metadata.MAX_VALUE_LENGTH));
    }

    public static Arbitrary<Map<String, String>> withKeys(int min, int max) {
        return Arbitraries.maps(keys(), values()).ofMinSize(min).ofMaxSize(max).map(LinkedHashMap::new);
    }

    /** Metadata the contract accepts. */
    public static final class ValidMetadata implements ArbitrarySupplier<Map<String, String>> {
        @Override
        public Arbitrary<Map<String, String>> get() {
            return withKeys(0, Metadata.MAX_KEYS);
        }
    }
}
