package kycert.bootstrap.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** One HTTP answer as the test saw it: status, headers and the raw body, with JSON on demand. */
public record ApiResponse(String method, String path, int status, HttpHeaders headers, String body) {

    public JsonNode json() {
        try {
            return Json.MAPPER.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("body is not JSON: " + this, e);
        }
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public boolean isJson() {
        try {
            return Json.MAPPER.readTree(body) != null;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public String toString() {
        String shown = body.length() > 2_000 ? body.substring(0, 2_000) + "…" : body;
        return method + " " + path + " -> " + status + " " + headers.map() + " " + shown;
    }
}
