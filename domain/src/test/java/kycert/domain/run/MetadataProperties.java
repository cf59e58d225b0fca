package kycert.domain.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.Map;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.run.MetadataArbitraries.ValidMetadata;
import kycert.domain.text.NameArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Metadata: everything within the bounds (10 keys, key 40, value 500) is kept as sent; one past any bound is refused. */
class MetadataProperties {

    @Property(tries = 300)
    void metadataWithinTheBounds_isKeptAsSent_inItsOrder(@ForAll(supplier = ValidMetadata.class) Map<String, String> raw) {
        Map<String, String> kept = Metadata.parse(raw).get();

        assertThat(kept).containsExactlyEntriesOf(raw);
    }

    @Property(tries = 100)
    void moreThanTenKeys_isRefusedCountingThem(@ForAll("elevenToTwentyKeys") Map<String, String> raw) {
        assertThat(Metadata.parse(raw)).isEqualTo(Either.left(ApiError.of(ErrorCode.INVALID_METADATA,
                "metadata has " + raw.size() + " keys; at most 10 are allowed.", "metadata")));
    }

    @Property(tries = 200)
    void oneKeyPast40Chars_isRefused(@ForAll(supplier = ValidMetadata.class) Map<String, String> raw,
                                     @ForAll("keysOf41To60Chars") String longKey, @ForAll @IntRange(max = 9) int where) {
        Map<String, String> sent = insertAt(raw, longKey, "v", where);

        assertThat(Metadata.parse(sent)).isEqualTo(Either.left(ApiError.of(ErrorCode.INVALID_METADATA,
                "metadata keys must be 1 to 40 characters.", "metadata")));
    }

    @Property(tries = 200)
    void oneValuePast500Chars_isRefusedNamingItsKey(@ForAll(supplier = ValidMetadata.class) Map<String, String> raw,
                                                    @ForAll("valuesOf501To600Chars") String longValue,
                                                    @ForAll @IntRange(max = 9) int where) {
        Map<String, String> sent = insertAt(raw, "long_one", longValue, where);

        assertThat(Metadata.parse(sent)).isEqualTo(Either.left(ApiError.of(ErrorCode.INVALID_METADATA,
                "metadata.long_one is longer than 500 characters.", "metadata")));
    }

    @Provide
    Arbitrary<Map<String, String>> elevenToTwentyKeys() {
        return MetadataArbitraries.withKeys(Metadata.MAX_KEYS + 1, 20);
    }

    @Provide
    Arbitrary<String> keysOf41To60Chars() {
        return NameArbitraries.names(20).flatMap(tail -> NameArbitraries.namesOfLength(40).map(head -> head + tail));
    }

    @Provide
    Arbitrary<String> valuesOf501To600Chars() {
        return NameArbitraries.names(100).flatMap(tail -> NameArbitraries.namesOfLength(500).map(head -> head + tail));
    }

    /** At most ten keys: the new key replaces one when the map is full, so the only fault is the one inserted. */
    private static Map<String, String> insertAt(Map<String, String> raw, String key, String value, int where) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, String> e : raw.entrySet()) {
            if (i++ == where % (raw.size() + 1)) out.put(key, value);
            if (out.size() < Metadata.MAX_KEYS && !e.getKey().equals(key)) out.put(e.getKey(), e.getValue());
        }
        if (!out.containsKey(key)) {
            if (out.size() == Metadata.MAX_KEYS) out.remove(out.keySet().iterator().next());
            out.put(key, value);
        }
        return out;
    }
}
