package kycert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import kycert.domain.error.ErrorCode;
import kycert.domain.idempotency.RequestFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalJsonTest {

    private static Json.Body decode(String text) {
        return Json.decodeObject(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keysAreSortedAtEveryLevel_andSpacingDisappears() {
        Json.Body body = decode("{ \"b\" : [ {\"z\":1, \"a\":2} ], \"a\" : { \"y\": null, \"x\": true } }");
        assertThat(body.canonical()).isEqualTo("{\"a\":{\"x\":true,\"y\":null},\"b\":[{\"a\":2,\"z\":1}]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"n\":1}", "{\"n\":1.0}", "{\"n\":1e0}", "{\"n\":10E-1}", "{\"n\":1.000}"})
    void oneNumber_hasOneSpelling(String text) {
        assertThat(decode(text).canonical()).isEqualTo("{\"n\":1}");
    }

    @Test
    void largeAndSmallNumbers_stayExact() {
        assertThat(decode("{\"n\":123456789012345678901234567890}").canonical()).isEqualTo("{\"n\":123456789012345678901234567890}");
        assertThat(decode("{\"n\":1e400}").canonical()).isEqualTo("{\"n\":1E+400}");
        assertThat(decode("{\"n\":-0.0}").canonical()).isEqualTo("{\"n\":0}");
        assertThat(decode("{\"n\":0.1}").fingerprint()).isNotEqualTo(decode("{\"n\":0.10000000000000001}").fingerprint());
    }

    @Test
    void stringsKeepTheirContent() {
        assertThat(decode("{\"s\":\"a\\u00e9\\\"b\"}").canonical()).isEqualTo("{\"s\":\"aé\\\"b\"}");
        assertThat(decode("{\"s\":\"1\"}").fingerprint()).isNotEqualTo(decode("{\"s\":1}").fingerprint());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "", "nope", "{\"a\":1} {}", "{\"a\":1,\"a\":2}", "{'a':1}"})
    void malformedJson_isInvalidJson_fingerprintedByItsText(String text) {
        Json.Body body = decode(text);
        assertThat(body.object().getLeft().code()).isEqualTo(ErrorCode.INVALID_JSON);
        assertThat(body.canonical()).isEqualTo(text);
        assertThat(body.fingerprint()).isEqualTo(RequestFingerprint.ofCanonical(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "null", "42", "\"s\""})
    void aTopLevelOtherThanAnObject_isInvalidJson(String text) {
        assertThat(decode(text).object().getLeft().code()).isEqualTo(ErrorCode.INVALID_JSON);
    }

    @Test
    void deeplyNestedInput_isInvalidJson_notAStackOverflow() {
        String deep = "{\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        assertThat(decode(deep).object().getLeft().code()).isEqualTo(ErrorCode.INVALID_JSON);
    }

    @Test
    void bytesThatAreNotUtf8_areInvalidJson_neverReplacementCharacters() {
        byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        for (byte[] b : bad) {
            byte[] body = new byte[b.length + 10];
            System.arraycopy("{\"s\":\"a".getBytes(StandardCharsets.US_ASCII), 0, body, 0, 7);
            System.arraycopy(b, 0, body, 7, b.length);
            System.arraycopy("b\"}".getBytes(StandardCharsets.US_ASCII), 0, body, 7 + b.length, 3);
            Json.Body decoded = Json.decodeObject(body);
            assertThat(decoded.object().isLeft()).isTrue();
            assertThat(decoded.object().getLeft().code()).isEqualTo(ErrorCode.INVALID_JSON);
            assertThat(decoded.object().getLeft().message()).contains("UTF-8");
        }
    }

    @Test
    void aBodyInUtf16_isNotGuessed_butRefused() {
        Json.Body decoded = Json.decodeObject("{\"s\":\"a\"}".getBytes(StandardCharsets.UTF_16LE));
        assertThat(decoded.object().isLeft()).isTrue();
        assertThat(decoded.object().getLeft().code()).isEqualTo(ErrorCode.INVALID_JSON);
    }

    @Test
    void aStringWithAControlCharacter_isInvalidParameterNamingIt() {
        Json.Body decoded = decode("{\"subject\":{\"name\":\"a\\u0000b\"}}");
        assertThat(decoded.object().getLeft().code()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(decoded.object().getLeft().param().getOrNull()).isEqualTo("subject.name");
    }

    @Test
    void aLeadingByteOrderMark_isSkipped() {
        byte[] text = "{\"s\":\"é\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[text.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(text, 0, body, 3, text.length);
        assertThat(Json.decodeObject(body).object().get()).containsEntry("s", "é");
    }
}
