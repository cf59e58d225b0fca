package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import kycert.bootstrap.testsupport.ApiResponse;

/** Checks an error answer: status, the envelope {@code {error:{type, code, message, param}, request_id}}, and its param. */
final class Expect {
    private final ApiResponse response;
    private final JsonNode error;

    private Expect(ApiResponse response, JsonNode error) {
        this.response = response;
        this.error = error;
    }

    static Expect error(ApiResponse r, int status, String type, String code) {
        assertThat(r.status()).as("status of %s: %s", code, r).isEqualTo(status);
        JsonNode body = r.json();
        JsonNode error = body.path("error");
        assertThat(error.path("type").asText()).as("error.type: %s", r).isEqualTo(type);
        assertThat(error.path("code").asText()).as("error.code: %s", r).isEqualTo(code);
        assertThat(error.path("message").asText("")).as("error.message: %s", r).isNotBlank();
        assertThat(error.has("param")).as("error.param present: %s", r).isTrue();
        String requestId = r.header("X-Request-Id").orElse(null);
        assertThat(requestId).as("X-Request-Id: %s", r).isNotBlank();
        assertThat(body.path("request_id").asText()).as("request_id: %s", r).isEqualTo(requestId);
        return new Expect(r, error);
    }

    static Expect invalidRequest(ApiResponse r, int status, String code) {
        return error(r, status, "invalid_request_error", code);
    }

    static Expect authentication(ApiResponse r, String code) {
        return error(r, 401, "authentication_error", code);
    }

    Expect param(String param) {
        JsonNode p = error.get("param");
        if (param == null) assertThat(p.isNull()).as("error.param is null: %s", response).isTrue();
        else assertThat(p.asText()).as("error.param: %s", response).isEqualTo(param);
        return this;
    }

    String message() {
        return error.path("message").asText();
    }
}
