package kycert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

class BodyFieldsTest {
    private static Map<String, Object> body(String name, Object value) {
        Map<String, Object> m = new HashMap<>();
        m.put(name, value);
        return m;
    }

    private static void assertInvalid(ApiError error, String param) {
        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(error.param().get()).isEqualTo(param);
    }

    @Test
    void absentOrNull_isNull() {
        assertThat(BodyFields.string(Map.of(), "name").get()).isNull();
        assertThat(BodyFields.integer(body("n", null), "n").get()).isNull();
        assertThat(BodyFields.strings(Map.of(), "scopes").get()).isNull();
    }

    @Test
    void integers_acceptIntegralNumbersOnly() {
        assertThat(BodyFields.integer(body("n", 5), "n").get()).isEqualTo(5L);
        assertThat(BodyFields.integer(body("n", 5_000_000_000L), "n").get()).isEqualTo(5_000_000_000L);
        assertThat(BodyFields.integer(body("n", new BigDecimal("5.0")), "n").get()).isEqualTo(5L);
        assertInvalid(BodyFields.integer(body("n", new BigDecimal("1.5")), "n").getLeft(), "n");
        assertInvalid(BodyFields.integer(body("n", "5"), "n").getLeft(), "n");
        assertInvalid(BodyFields.integer(body("n", true), "n").getLeft(), "n");
        assertInvalid(BodyFields.integer(body("n", BigInteger.TWO.pow(70)), "n").getLeft(), "n");
        assertInvalid(BodyFields.int32(body("n", 3_000_000_000L), "n").getLeft(), "n");
        assertThat(BodyFields.int32(body("n", -5), "n").get()).isEqualTo(-5);
    }

    @Test
    void strings_andStringArrays_refuseOtherTypes() {
        assertThat(BodyFields.string(body("name", "x"), "name").get()).isEqualTo("x");
        assertInvalid(BodyFields.string(body("name", 5), "name").getLeft(), "name");
        assertThat(BodyFields.strings(body("scopes", List.of("a", "b")), "scopes").get()).containsExactly("a", "b");
        assertInvalid(BodyFields.strings(body("scopes", "runs:read"), "scopes").getLeft(), "scopes");
        assertInvalid(BodyFields.strings(body("scopes", List.of("a", 1)), "scopes").getLeft(), "scopes");
    }
}
