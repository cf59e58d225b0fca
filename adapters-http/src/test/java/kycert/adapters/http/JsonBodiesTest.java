package kycert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8",
            "application/json; charset=\"utf-8\"", "application/json;foo=bar"})
    void json_withOrWithoutAUtf8Charset_isAccepted(String contentType) {
        assertThat(JsonBodies.isJson(contentType)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/jsonx", "application/json; charset=iso-8859-1",
            "multipart/form-data; boundary=x", "", "application/problem+json"})
    void anythingElse_isUnsupported(String contentType) {
        assertThat(JsonBodies.isJson(contentType)).isFalse();
    }
}
