package kycert.adapters.http.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A health answer: {@code UP}, or {@code DOWN} with the error envelope's fields so it reads like any other error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthJson(String status, ErrorJson.Body error, String requestId, java.util.Map<String, String> lists) {
    public static HealthJson up() {
        return new HealthJson("UP", null, null, null);
    }

    public static HealthJson down(ErrorJson.Body error, String requestId) {
        return new HealthJson("DOWN", error, requestId, null);
    }

    /** With each screening list's freshness (none shown when empty). */
    public HealthJson withLists(java.util.Map<String, String> freshness) {
        return new HealthJson(status, error, requestId, freshness.isEmpty() ? null : freshness);
    }
}
