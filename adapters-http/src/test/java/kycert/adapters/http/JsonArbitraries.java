package kycert.adapters.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import kycert.domain.text.TextArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/** JSON values as the adapter accepts them: maps with string keys, lists, strings of storable text, numbers, booleans, null. */
final class JsonArbitraries {
    private JsonArbitraries() {}

    static Arbitrary<String> keys() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('_', 'é', '"', '\\', '0').ofMinLength(1).ofMaxLength(8);
    }

    static Arbitrary<Object> scalars() {
        return Arbitraries.oneOf(
                // storable text only: a control character or a lone surrogate is refused by the decoder (RequestText)
                new TextArbitraries.CleanText().get().map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.bigDecimals().ofScale(3).between(new java.math.BigDecimal("-1e6"), new java.math.BigDecimal("1e6")).map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
    }

    static Arbitrary<Object> values(int depth) {
        if (depth == 0) return scalars();
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, scalars()),
                net.jqwik.api.Tuple.of(1, objects(depth - 1).map(m -> (Object) m)),
                net.jqwik.api.Tuple.of(1, values(depth - 1).list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l))));
    }

    static Arbitrary<Map<String, Object>> objects(int depth) {
        return Arbitraries.maps(keys(), values(depth)).ofMaxSize(5).map(LinkedHashMap::new);
    }

    /** A JSON object up to three levels deep. */
    static final class JsonObject implements ArbitrarySupplier<Map<String, Object>> {
        @Override
        public Arbitrary<Map<String, Object>> get() {
            return objects(3);
        }
    }
}
