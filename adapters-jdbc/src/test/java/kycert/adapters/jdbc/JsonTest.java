package kycert.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void stringsWithQuotesEscapesControlsAndUnicode_roundTrip() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("quote\"back\\slash", "line\nbreak\ttab\r\u0001 é ✓ 🚀 {\"raw\":[1,2]}");
        value.put("list", List.of("a", 42L, true, false));
        value.put("empty", Map.of());
        value.put("nothing", null);

        assertThat(Json.read(Json.write(value))).isEqualTo(value);
    }

    @Test
    void whitespaceBetweenTokens_isAccepted() {
        assertThat(Json.read(" { \"a\" : [ 1 , -2 ] , \"b\" : \"x\" } ")).isEqualTo(Map.of("a", List.of(1L, -2L), "b", "x"));
    }

    @Test
    void malformedText_isReportedAsCorruptStorage() {
        assertThatThrownBy(() -> Json.read("{\"a\":")).isInstanceOf(IllegalStateException.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> Json.read("[1] x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Json.read("\"open")).isInstanceOf(IllegalStateException.class);
    }
}
