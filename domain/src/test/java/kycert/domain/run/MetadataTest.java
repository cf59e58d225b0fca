package kycert.domain.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

class MetadataTest {

    @Test
    void absentMetadata_isEmpty() {
        assertThat(Metadata.parse(null)).isEqualTo(Either.right(Map.of()));
    }

    @Test
    void aFlatObjectOfStrings_isKeptInItsOrder() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("z_account", "42");
        raw.put("a_channel", "");

        Map<String, String> kept = Metadata.parse(raw).get();
        assertThat(kept).containsExactly(Map.entry("z_account", "42"), Map.entry("a_channel", ""));
        assertThatThrownBy(() -> kept.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anythingButAnObject_isRefusedWithInvalidMetadata() {
        for (Object raw : List.of("text", 1, List.of("a"), true)) {
            assertThat(Metadata.parse(raw)).isEqualTo(Either.left(error("metadata must be an object.")));
        }
    }

    @Test
    void elevenKeys_areRefusedCountingThem() {
        assertThat(Metadata.parse(keys(10)).isRight()).isTrue();
        assertThat(Metadata.parse(keys(11)))
                .isEqualTo(Either.left(error("metadata has 11 keys; at most 10 are allowed.")));
    }

    @Test
    void aKeyOf41Chars_orAnEmptyKey_isRefused() {
        assertThat(Metadata.parse(Map.of("k".repeat(40), "v")).isRight()).isTrue();
        assertThat(Metadata.parse(Map.of("k".repeat(41), "v")))
                .isEqualTo(Either.left(error("metadata keys must be 1 to 40 characters.")));
        assertThat(Metadata.parse(Map.of("", "v")))
                .isEqualTo(Either.left(error("metadata keys must be 1 to 40 characters.")));
    }

    @Test
    void aValueOf501Chars_isRefusedNamingItsKey() {
        assertThat(Metadata.parse(Map.of("note", "v".repeat(500))).isRight()).isTrue();
        assertThat(Metadata.parse(Map.of("note", "v".repeat(501))))
                .isEqualTo(Either.left(error("metadata.note is longer than 500 characters.")));
    }

    @Test
    void aNestedOrNonStringValue_isRefusedNamingItsKey() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("gone", null);

        assertThat(Metadata.parse(Map.of("n", 1))).isEqualTo(Either.left(error("metadata.n must be a string.")));
        assertThat(Metadata.parse(Map.of("o", Map.of("a", "b")))).isEqualTo(Either.left(error("metadata.o must be a string.")));
        assertThat(Metadata.parse(Map.of("l", List.of("a")))).isEqualTo(Either.left(error("metadata.l must be a string.")));
        assertThat(Metadata.parse(withNull)).isEqualTo(Either.left(error("metadata.gone must be a string.")));
    }

    private static Map<String, Object> keys(int n) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) out.put("k" + i, "v");
        return out;
    }

    private static ApiError error(String message) {
        return ApiError.of(ErrorCode.INVALID_METADATA, message, "metadata");
    }
}
