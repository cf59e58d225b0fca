package kycert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTextTest {

    private static ApiError refused(io.vavr.control.Option<ApiError> result) {
        assertThat(result.isDefined()).as("refused").isTrue();
        assertThat(result.get().code()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        return result.get();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "external_id=%00|external_id|control character",
            "limit=20&external_id=a%1Fb|external_id|control character",
            "external_id=a%7Fb|external_id|control character",
            "external_id=a%C2%85b|external_id|control character",
            "limit=1%00|limit|control character",
            "external_id=a%ED%A0%80b|external_id|not valid UTF-8",
            "external_id=%FF|external_id|not valid UTF-8",
            "external_id=%C0%80|external_id|not valid UTF-8",
            "external_id=%C3|external_id|not valid UTF-8",
            "a%07b=1|a\\u0007b|control character",
            "%FF=1|%FF|not valid UTF-8"})
    void aQueryParameterThatIsNotStorableText_isRefusedNamingIt(String query, String param, String says) {
        ApiError e = refused(RequestText.inQuery(query));
        assertThat(e.param().getOrNull()).isEqualTo(param);
        assertThat(e.message()).contains(says);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "limit=20", "external_id=Jos%C3%A9+da+Silva", "external_id=%E6%9D%8E%F0%9F%98%80",
            "external_id=%zz", "flag", "a=1&&b=2", "external_id=%C3%BF%C2%A0"})
    void cleanQueries_pass(String query) {
        assertThat(RequestText.inQuery(query)).isEmpty();
    }

    @Test
    void aPathParameterThatIsNotStorableText_isRefusedNamingIt() {
        assertThat(refused(RequestText.inPath("/runs/a%00", Map.of("id", List.of("a\u0000")))).param().getOrNull()).isEqualTo("id");
        ApiError notUtf8 = refused(RequestText.inPath("/runs/%ED%A0%80", Map.of("id", List.of("\uFFFD\uFFFD\uFFFD"))));
        assertThat(notUtf8.param().getOrNull()).isEqualTo("id");
        assertThat(notUtf8.message()).contains("not valid UTF-8");
        assertThat(RequestText.inPath("/runs/Jos%C3%A9", Map.of("id", List.of("José")))).isEmpty();
        assertThat(RequestText.inPath("/runs", Map.of())).isEmpty();
    }

    @Test
    void aBadKey_isNamedEscaped_andABadValue_byItsPath() {
        Map<String, Object> body = Map.of("subject", Map.of("name", "Jo\ud800o"));
        assertThat(RequestText.inBody(body).get().param().getOrNull()).isEqualTo("subject.name");
        assertThat(RequestText.inBody(Map.of("metadata", Map.of("a\u0007b", "x"))).get().param().getOrNull()).isEqualTo("metadata.a\\u0007b");
        assertThat(RequestText.inBody(Map.of("scopes", List.of("runs:read", "x\u0085"))).get().param().getOrNull()).isEqualTo("scopes[1]");
        assertThat(RequestText.inBody(Map.of("\u0000", 1)).get().param().getOrNull()).isEqualTo("\\u0000");
        assertThat(RequestText.inBody(Map.of("name", "José 李 😀", "n", 1, "list", List.of(Map.of("k", "v"))))).isEmpty();
    }
}
