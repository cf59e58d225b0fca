package kycert.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Call;
import kycert.bootstrap.testsupport.Json;
import kycert.bootstrap.testsupport.Pause;

/** The data plane as the tests use it. */
final class Runs {
    static final String PATH = "/api/v1/bureau/runs";
    static final long POLL_MILLIS = 50;
    static final long COMPLETION_BUDGET_MILLIS = 3_000;

    private final TestServer server;

    Runs(TestServer server) {
        this.server = server;
    }

    static ObjectNode body(String templateId, String type, String doc) {
        ObjectNode subject = Json.object().put("type", type).put("doc", doc);
        ObjectNode b = Json.object();
        if (templateId != null) b.put("template_id", templateId);
        b.set("subject", subject);
        return b;
    }

    Call post(String key) {
        return server.post(PATH).key(key);
    }

    ApiResponse create(String key, ObjectNode body) {
        return post(key).json(body).send();
    }

    ApiResponse create(String key, String templateId, String type, String doc) {
        return create(key, body(templateId, type, doc));
    }

    /** Creates a run and insists on 202; answers the run. */
    JsonNode accepted(String key, String templateId, String type, String doc) {
        ApiResponse r = create(key, templateId, type, doc);
        assertThat(r.status()).as("create run: %s", r).isEqualTo(202);
        return r.json();
    }

    ApiResponse get(String key, String id) {
        return server.get(PATH + "/" + id).key(key).send();
    }

    ApiResponse list(String key, String query) {
        return server.get(PATH + (query == null || query.isEmpty() ? "" : "?" + query)).key(key).send();
    }

    /** Every run id of a listing, walking the cursor to the end. */
    List<String> listAllIds(String key, String query) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 1_000; page++) {
            String q = (query == null ? "" : query) + (cursor == null ? "" : (query == null || query.isEmpty() ? "" : "&") + "cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8));
            ApiResponse r = list(key, q);
            assertThat(r.status()).as("list: %s", r).isEqualTo(200);
            for (JsonNode run : r.json().path("data")) ids.add(run.path("id").asText());
            if (!r.json().path("has_more").asBoolean()) return ids;
            cursor = r.json().path("next_cursor").asText();
        }
        throw new AssertionError("listing never ended");
    }

    /** Polls the run every 50 ms until it is completed or failed, within 3 s. */
    JsonNode awaitFinished(String key, String id) {
        long deadline = System.nanoTime() + COMPLETION_BUDGET_MILLIS * 1_000_000;
        ApiResponse last = null;
        while (System.nanoTime() < deadline) {
            last = get(key, id);
            assertThat(last.status()).as("poll run: %s", last).isEqualTo(200);
            String status = last.json().path("status").asText();
            if (status.equals("completed") || status.equals("failed")) return last.json();
            Pause.millis(POLL_MILLIS);
        }
        throw new AssertionError("run not finished within " + COMPLETION_BUDGET_MILLIS + " ms: " + last);
    }
}
