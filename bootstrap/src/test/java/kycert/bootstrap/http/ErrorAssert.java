package kycert.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import kycert.bootstrap.testsupport.ApiResponse;

/**
 * Checks one error answer against the envelope: {@code {error:{type, code, message, param}, request_id}} with
 * {@code request_id} equal to the {@code X-Request-Id} header and a non-empty message.
 */
final class ErrorAssert {
    private final ApiResponse response;
    private final JsonNode error;

    private ErrorAssert(ApiResponse response) {
        this.response = response;
        assertThat(response.isJson()).as("error body is JSON: %s", response).isTrue();
        JsonNode body = response.json();
        this.error = body.path("error");
        assertThat(error.isObject()).as("error envelope: %s", response).isTrue();
        assertThat(error.path("type").isTextual()).as("error.type is a string: %s", response).isTrue();
        assertThat(error.path("code").isTextual()).as("error.code is a string: %s", response).isTrue();
        assertThat(error.path("message").asText("")).as("error.message: %s", response).isNotBlank();
        assertThat(error.has("param")).as("error.param present (null or a string): %s", response).isTrue();
        assertThat(error.get("param").isNull() || error.get("param").isTextual()).as("error.param: %s", response).isTrue();
        String requestId = response.header("X-Request-Id").orElse(null);
        assertThat(requestId).as("X-Request-Id header: %s", response).isNotBlank();
        assertThat(body.path("request_id").asText(null)).as("request_id matches X-Request-Id: %s", response).isEqualTo(requestId);
    }

    static ErrorAssert assertError(ApiResponse response, Err expected) {
        assertThat(response.status()).as("status for %s: %s", expected.code, response).isEqualTo(expected.status);
        ErrorAssert a = new ErrorAssert(response);
        assertThat(a.code()).as("error.code: %s", response).isEqualTo(expected.code);
        assertThat(a.type()).as("error.type: %s", response).isIn(expected.types);
        return a;
    }

    /** Any error answer with the given status, whatever its code (for statuses the contract gives no code for). */
    static ErrorAssert assertEnvelope(ApiResponse response, int status) {
        assertThat(response.status()).as("status: %s", response).isEqualTo(status);
        return new ErrorAssert(response);
    }

    ErrorAssert withParam(String param) {
        JsonNode p = error.get("param");
        if (param == null) assertThat(p.isNull()).as("error.param is null: %s", response).isTrue();
        else assertThat(p.asText()).as("error.param: %s", response).isEqualTo(param);
        return this;
    }

    ErrorAssert withParamIn(String... params) {
        String p = error.get("param").isNull() ? null : error.get("param").asText();
        assertThat(Arrays.asList(params)).as("error.param %s one of %s: %s", p, Arrays.toString(params), response).contains(p);
        return this;
    }

    ErrorAssert withMessage(String message) {
        assertThat(message()).as("error.message: %s", response).isEqualTo(message);
        return this;
    }

    String code() { return error.path("code").asText(); }

    String type() { return error.path("type").asText(); }

    String message() { return error.path("message").asText(); }

    ApiResponse response() { return response; }
}
