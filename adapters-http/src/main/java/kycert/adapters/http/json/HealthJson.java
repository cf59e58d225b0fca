package kycert.adapters.http.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A health answer: {@code UP}, or {@code DOWN} with the error envelope's fields so it reads like any other error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthJson(String status, ErrorJson.Body error, String requestId) {
    public static HealthJson up() {
        return new HealthJson("UP", null, null);
    }

    public static HealthJson down(ErrorJson.Body error, String requestId) {
        return new HealthJson("DOWN", error, requestId);
    }
}
