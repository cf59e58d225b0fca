package kycert.bootstrap.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** One HTTP answer: status, headers, body text (JSON when the server speaks). */
record Resp(String request, int status, HttpHeaders headers, String body) {
    static final ObjectMapper JSON = new ObjectMapper();

    JsonNode json() {
        try {
            return body == null || body.isEmpty() ? MissingNode.getInstance() : JSON.readTree(body);
        } catch (Exception e) {
            return MissingNode.getInstance();
        }
    }

    Optional<String> header(String name) { return headers.firstValue(name); }

    String errorCode() { return json().path("error").path("code").asText(""); }

    String errorType() { return json().path("error").path("type").asText(""); }

    boolean replayed() { return header("Idempotent-Replayed").map("true"::equalsIgnoreCase).orElse(false); }

    String id() { return json().path("id").asText(""); }

    @Override
    public String toString() {
        return request + " -> " + status + " " + headers.map() + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
    }
}
