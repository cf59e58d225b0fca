package kycert.bootstrap.http;

import static kycert.bootstrap.http.ErrorAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kycert.bootstrap.http.Operator.Workspace;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import kycert.bootstrap.testsupport.Pause;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The data plane's runs resource (§2): create, get, list and its cursor, analysis, detail, the sandbox fixtures. */
class RunsApiIT extends WithServer {
    private static final Set<String> RISK_BANDS = Set.of("LOW", "MEDIUM", "HIGH", "CRITICAL");
    private static final Set<String> SOURCE_STATUSES = Set.of("VALID", "INVALID", "NO_DATA", "ERROR");
    private static Workspace ws;

    @BeforeAll
    static void workspace() {
        ws = operator.workspace(100);
    }

    @Test
    void demoBanner_printsAWorkingSandboxKeyAndTemplates() {
        TestServer.Demo demo = server.demo();
        assertThat(demo.key()).startsWith("sk_test_");
        ApiResponse pf = runs.create(demo.key(), demo.pfTemplate(), "pf", Docs.CPF_APPROVED);
        assertThat(pf.status()).as("%s", pf).isEqualTo(202);
        ApiResponse pj = runs.create(demo.key(), demo.pjTemplate(), "pj", Docs.CNPJ_APPROVED);
        assertThat(pj.status()).as("%s", pj).isEqualTo(202);
    }

    @Test
    void post_answers202WithTheQueuedRun() {
        ObjectNode body = Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED);
        ((ObjectNode) body.get("subject")).put("name", "João Silva");
        body.put("external_id", "cust_abc123");
        body.set("metadata", Json.object().put("crm", "hubspot").put("segment", "retail"));
        Instant before = Instant.now().minusSeconds(5);

        ApiResponse r = runs.create(ws.testKey(), body);

        assertThat(r.status()).as("%s", r).isEqualTo(202);
        JsonNode run = r.json();
        assertThat(run.path("id").asText()).isNotBlank();
        assertThat(run.path("object").asText()).isEqualTo("bureau_run");
        assertThat(run.path("environment").asText()).isEqualTo("test");
        assertThat(run.path("status").asText()).isEqualTo("queued");
        assertThat(run.path("template_id").asText()).isEqualTo(ws.pfTemplate());
        assertThat(run.path("subject").path("type").asText()).isEqualTo("pf");
        assertThat(run.path("subject").path("doc").asText()).isEqualTo(Docs.CPF_APPROVED_BARE);
        assertThat(run.path("subject").path("name").asText()).isEqualTo("João Silva");
        assertThat(run.path("external_id").asText()).isEqualTo("cust_abc123");
        assertThat(run.path("metadata")).isEqualTo(Json.object().put("crm", "hubspot").put("segment", "retail"));
        assertThat(run.has("decision") && run.get("decision").isNull()).as("decision null: %s", run).isTrue();
        assertThat(run.has("completed_at") && run.get("completed_at").isNull()).as("completed_at null: %s", run).isTrue();
        assertThat(run.path("estimated_seconds").isNumber()).as("estimated_seconds: %s", run).isTrue();
        assertThat(run.path("estimated_seconds").asDouble()).isGreaterThanOrEqualTo(0);
        assertUtc(run.path("created_at").asText());
        assertThat(Instant.parse(run.path("created_at").asText())).isAfter(before).isBefore(Instant.now().plusSeconds(5));
    }

    @Test
    void post_withoutOptionalFields_answersNullExternalIdAndName() {
        JsonNode run = runs.accepted(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_APPROVED);
        assertThat(run.has("external_id") && run.get("external_id").isNull()).as("external_id null: %s", run).isTrue();
        assertThat(run.path("subject").has("name") && run.path("subject").get("name").isNull()).as("subject.name null: %s", run).isTrue();
        assertThat(run.has("metadata")).as("metadata present: %s", run).isTrue();
        assertThat(run.get("metadata").isNull() || run.get("metadata").isEmpty()).as("metadata empty: %s", run).isTrue();
    }

    @Test
    void get_answersTheRunCreated() {
        ObjectNode body = Runs.body(ws.pjTemplate(), "pj", Docs.CNPJ_APPROVED);
        body.put("external_id", "get-" + UUID.randomUUID());
        JsonNode created = runs.create(ws.testKey(), body).json();

        ApiResponse r = runs.get(ws.testKey(), created.path("id").asText());

        assertThat(r.status()).as("%s", r).isEqualTo(200);
        JsonNode run = r.json();
        for (String field : List.of("id", "object", "environment", "template_id", "subject", "external_id", "metadata", "created_at")) {
            assertThat(run.get(field)).as("field %s of %s", field, run).isEqualTo(created.get(field));
        }
        assertThat(run.path("status").asText()).isIn("queued", "processing", "completed");
        assertThat(run.has("decision")).isTrue();
        assertThat(run.has("completed_at")).isTrue();
    }

    @Test
    void list_answersDataHasMoreAndNextCursor_defaultLimit20_newestFirst() {
        Workspace own = operator.workspace(0);
        for (int i = 0; i < 21; i++) runs.accepted(own.testKey(), own.pfTemplate(), "pf", Docs.CPF_APPROVED);

        ApiResponse r = runs.list(own.testKey(), "");

        assertThat(r.status()).as("%s", r).isEqualTo(200);
        JsonNode page = r.json();
        assertThat(page.path("data").isArray()).isTrue();
        assertThat(page.path("data")).hasSize(20);
        assertThat(page.path("has_more").asBoolean()).isTrue();
        assertThat(page.path("next_cursor").asText()).isNotBlank();
        assertNewestFirst(page.path("data"));
        assertThat(page.path("data").get(0).path("object").asText()).isEqualTo("bureau_run");
    }

    @Test
    void list_lastPage_hasNoMoreAndANullCursor() {
        Workspace own = operator.workspace(0);
        runs.accepted(own.testKey(), own.pfTemplate(), "pf", Docs.CPF_APPROVED);
        JsonNode page = runs.list(own.testKey(), "limit=5").json();
        assertThat(page.path("data")).hasSize(1);
        assertThat(page.path("has_more").asBoolean()).isFalse();
        assertThat(page.has("next_cursor") && page.get("next_cursor").isNull()).as("next_cursor null: %s", page).isTrue();
    }

    @Test
    void list_emptyForANewTenant() {
        Workspace own = operator.workspace(0);
        JsonNode page = runs.list(own.testKey(), "").json();
        assertThat(page.path("data")).isEmpty();
        assertThat(page.path("has_more").asBoolean()).isFalse();
    }

    @Test
    void list_limitAcceptsOneToHundred() {
        Workspace own = operator.workspace(0);
        for (int i = 0; i < 3; i++) runs.accepted(own.testKey(), own.pfTemplate(), "pf", Docs.CPF_APPROVED);
        assertThat(runs.list(own.testKey(), "limit=1").json().path("data")).hasSize(1);
        assertThat(runs.list(own.testKey(), "limit=100").json().path("data")).hasSize(3);
    }

    @ParameterizedTest
    @CsvSource({"0", "101", "-1", "abc", "1000000000000000000000"})
    void list_limitOutOfRange_is400OnLimit(String limit) {
        ApiResponse r = runs.list(ws.testKey(), "limit=" + limit);
        ErrorAssert.assertEnvelope(r, 400).withParam("limit");
        assertThat(r.json().path("error").path("type").asText()).isEqualTo("invalid_request_error");
    }

    @Test
    void cursorWalk_returnsEveryRunExactlyOnce_newestFirst() {
        Workspace own = operator.workspace(0);
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 7; i++) created.add(runs.accepted(own.testKey(), own.pfTemplate(), "pf", Docs.CPF_APPROVED).path("id").asText());

        List<String> seen = new ArrayList<>();
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiResponse r = runs.list(own.testKey(), "limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(r.status()).as("%s", r).isEqualTo(200);
            JsonNode page = r.json();
            assertThat(page.path("data").size()).isLessThanOrEqualTo(2);
            page.path("data").forEach(run -> { seen.add(run.path("id").asText()); all.add(run); });
            if (pages == 0) runs.accepted(own.testKey(), own.pfTemplate(), "pf", Docs.CPF_APPROVED); // newer: not in this walk
            cursor = page.path("has_more").asBoolean() ? page.path("next_cursor").asText() : null;
            pages++;
        } while (cursor != null && pages < 20);

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(created);
        assertThat(pages).isEqualTo(4);
        assertNewestFirst(Json.MAPPER.valueToTree(all));
    }

    @Test
    void list_filtersByStatusAndExternalId() {
        Workspace own = operator.workspace(0);
        String ext = "ext-" + UUID.randomUUID();
        List<String> tagged = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ObjectNode body = Runs.body(own.pfTemplate(), "pf", Docs.CPF_APPROVED);
            if (i < 2) body.put("external_id", ext);
            String id = runs.create(own.testKey(), body).json().path("id").asText();
            if (i < 2) tagged.add(id);
            runs.awaitFinished(own.testKey(), id);
        }

        assertThat(runs.listAllIds(own.testKey(), "external_id=" + ext)).containsExactlyInAnyOrderElementsOf(tagged);
        assertThat(runs.listAllIds(own.testKey(), "external_id=nobody")).isEmpty();
        assertThat(runs.listAllIds(own.testKey(), "status=completed")).hasSize(3);
        assertThat(runs.listAllIds(own.testKey(), "status=queued")).isEmpty();
        assertThat(runs.listAllIds(own.testKey(), "status=failed")).isEmpty();
        assertThat(runs.listAllIds(own.testKey(), "status=completed&external_id=" + ext)).hasSize(2);
        for (JsonNode run : runs.list(own.testKey(), "status=completed").json().path("data")) {
            assertThat(run.path("status").asText()).isEqualTo("completed");
        }
    }

    @Test
    void tamperedCursor_isInvalidCursor() {
        Workspace own = operator.workspace(0);
        for (int i = 0; i < 3; i++) runs.accepted(own.testKey(), own.pfTemplate(), "pf", Docs.CPF_APPROVED);
        String cursor = runs.list(own.testKey(), "limit=1").json().path("next_cursor").asText();
        int mid = cursor.length() / 2;
        char flipped = cursor.charAt(mid) == 'A' ? 'B' : 'A';
        String tampered = cursor.substring(0, mid) + flipped + cursor.substring(mid + 1);

        assertError(runs.list(own.testKey(), "limit=1&cursor=" + tampered), Err.INVALID_CURSOR).withParam("cursor");
        assertError(runs.list(own.testKey(), "cursor=garbage"), Err.INVALID_CURSOR).withParam("cursor");
        assertError(runs.list(own.testKey(), "limit=1&cursor=" + cursor + "x"), Err.INVALID_CURSOR).withParam("cursor");
    }

    @Test
    void cursorReusedWithDifferentFilters_isInvalidCursor() {
        Workspace own = operator.workspace(0);
        for (int i = 0; i < 3; i++) {
            ObjectNode body = Runs.body(own.pfTemplate(), "pf", Docs.CPF_APPROVED).put("external_id", "same");
            runs.create(own.testKey(), body);
        }
        String cursor = runs.list(own.testKey(), "limit=1&external_id=same").json().path("next_cursor").asText();
        assertThat(runs.list(own.testKey(), "limit=1&external_id=same&cursor=" + cursor).status()).isEqualTo(200);

        assertError(runs.list(own.testKey(), "limit=1&external_id=other&cursor=" + cursor), Err.INVALID_CURSOR);
        assertError(runs.list(own.testKey(), "limit=1&cursor=" + cursor), Err.INVALID_CURSOR);
        assertError(runs.list(own.testKey(), "limit=1&external_id=same&status=completed&cursor=" + cursor), Err.INVALID_CURSOR);
    }

    @Test
    void analysis_answersDecisionRiskReasonsAndSources() {
        String id = runs.accepted(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_PEP).path("id").asText();
        runs.awaitFinished(ws.testKey(), id);

        ApiResponse r = server.get(Runs.PATH + "/" + id + "/analysis").key(ws.testKey()).send();

        assertThat(r.status()).as("%s", r).isEqualTo(200);
        JsonNode a = r.json();
        assertThat(a.path("run_id").asText()).isEqualTo(id);
        assertThat(a.path("status").asText()).isEqualTo("completed");
        assertThat(a.path("decision").asText()).isEqualTo("PENDING_REVIEW");
        assertThat(a.path("risk_band").asText()).isIn(RISK_BANDS);
        assertThat(a.path("reasons").isArray()).isTrue();
        assertThat(a.path("reasons")).isNotEmpty();
        assertThat(a.path("sources").isArray()).isTrue();
        assertThat(a.path("sources")).isNotEmpty();
        for (JsonNode s : a.path("sources")) {
            assertThat(s.path("source").asText()).isNotBlank();
            assertThat(s.path("status").asText()).isIn(SOURCE_STATUSES);
        }
        assertThat(a.path("sources").findValuesAsText("status")).contains("INVALID");
    }

    @Test
    void detail_answersEverySourceWithLatencyChecksAndRaw() {
        String id = runs.accepted(ws.testKey(), ws.pjTemplate(), "pj", Docs.CNPJ_CEIS).path("id").asText();
        runs.awaitFinished(ws.testKey(), id);

        ApiResponse r = server.get(Runs.PATH + "/" + id + "/detail").key(ws.testKey()).send();

        assertThat(r.status()).as("%s", r).isEqualTo(200);
        JsonNode d = r.json();
        assertThat(d.path("run_id").asText()).isEqualTo(id);
        assertThat(d.path("sources").isArray()).isTrue();
        assertThat(d.path("sources")).isNotEmpty();
        for (JsonNode s : d.path("sources")) {
            assertThat(s.path("source").asText()).isNotBlank();
            assertThat(s.path("status").asText()).isIn(SOURCE_STATUSES);
            assertThat(s.path("latency_ms").isNumber()).as("latency_ms: %s", s).isTrue();
            assertThat(s.path("latency_ms").asLong()).isGreaterThanOrEqualTo(0);
            assertThat(s.has("checks")).as("checks: %s", s).isTrue();
            assertThat(s.has("raw")).as("raw: %s", s).isTrue();
        }
    }

    @Test
    void analysisOfAQueuedOrFinishedRun_isAlwaysWellFormed() {
        String id = runs.accepted(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_APPROVED).path("id").asText();
        ApiResponse early = server.get(Runs.PATH + "/" + id + "/analysis").key(ws.testKey()).send();
        assertThat(early.status()).as("%s", early).isEqualTo(200);
        assertThat(early.json().path("run_id").asText()).isEqualTo(id);
        if (!early.json().path("status").asText().equals("completed")) {
            assertThat(early.json().get("decision").isNull()).as("no decision before completion: %s", early).isTrue();
        }
    }

    @ParameterizedTest(name = "{1} {2} -> {3}")
    @CsvSource({
            "pf, 529.982.247-25,     APPROVED",
            "pj, 11.222.333/0001-81, APPROVED",
            "pj, 12.ABC.345/01DE-35, APPROVED",
            "pf, 111.444.777-35,     PENDING_REVIEW",
            "pf, 222.333.444-05,     BLOCKED",
            "pj, 33.444.555/0001-81, BLOCKED",
            "pj, 55.666.777/0001-81, PENDING_REVIEW",
            "pf, 444.555.666-19,     PARTIAL",
            "pf, 390.533.447-05,     APPROVED",
            "pj, 04.252.011/0001-10, APPROVED"
    })
    void sandboxFixture_completesWithinBudget_withItsDecision_andNeverChangesAgain(String type, String doc, String decision) {
        String template = type.equals("pf") ? ws.pfTemplate() : ws.pjTemplate();
        String id = runs.accepted(ws.testKey(), template, type, doc).path("id").asText();

        JsonNode done = runs.awaitFinished(ws.testKey(), id);

        assertThat(done.path("status").asText()).isEqualTo("completed");
        assertThat(done.path("decision").asText()).isEqualTo(decision);
        assertUtc(done.path("completed_at").asText());
        assertThat(Instant.parse(done.path("completed_at").asText())).isAfterOrEqualTo(Instant.parse(done.path("created_at").asText()));
        JsonNode analysis = server.get(Runs.PATH + "/" + id + "/analysis").key(ws.testKey()).send().json();
        assertThat(analysis.path("decision").asText()).isEqualTo(decision);
        List<String> statuses = analysis.path("sources").findValuesAsText("status");
        switch (decision) {
            case "PARTIAL" -> assertThat(statuses).contains("ERROR");
            case "APPROVED" -> assertThat(statuses).doesNotContain("ERROR", "INVALID");
            default -> assertThat(statuses).contains("INVALID");
        }
        Pause.millis(300);
        assertThat(runs.get(ws.testKey(), id).json()).isEqualTo(done);
        assertThat(server.get(Runs.PATH + "/" + id + "/analysis").key(ws.testKey()).send().json()).isEqualTo(analysis);
    }

    @Test
    void failingFixture_answers500RunFailed_andKeepsNoRun() {
        Workspace own = operator.workspace(0);
        ObjectNode body = Runs.body(own.pfTemplate(), "pf", Docs.CPF_FAILS).put("external_id", "doomed");

        assertError(runs.create(own.testKey(), body), Err.RUN_FAILED).withParam(null);

        assertThat(runs.listAllIds(own.testKey(), "")).isEmpty();
        assertThat(runs.listAllIds(own.testKey(), "external_id=doomed")).isEmpty();
        assertError(runs.create(own.testKey(), own.pfTemplate(), "pf", Docs.CPF_FAILS_BARE), Err.RUN_FAILED);
    }

    @Test
    void xApiKeyAndBearer_areEquivalent() {
        ApiResponse viaBearer = server.post(Runs.PATH).bearer(ws.testKey())
                .json(Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED)).send();
        assertThat(viaBearer.status()).as("%s", viaBearer).isEqualTo(202);
        String id = viaBearer.json().path("id").asText();

        ApiResponse byKey = runs.get(ws.testKey(), id);
        ApiResponse byBearer = server.get(Runs.PATH + "/" + id).bearer(ws.testKey()).send();
        assertThat(byKey.status()).isEqualTo(200);
        assertThat(byBearer.status()).isEqualTo(200);
        assertThat(byBearer.json().path("id")).isEqualTo(byKey.json().path("id"));
        assertThat(server.get(Runs.PATH).bearer(ws.testKey()).send().status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "pf, 529.982.247-25,        52998224725",
            "pf, 52998224725,           52998224725",
            "pf, 529 982 247 25,        52998224725",
            "pj, 11.222.333/0001-81,    11222333000181",
            "pj, 11222333000181,        11222333000181",
            "pj, 12.ABC.345/01DE-35,    12ABC34501DE35",
            "pj, 12ABC34501DE35,        12ABC34501DE35"
    })
    void maskedAndBareDocuments_areAcceptedAndNormalized(String type, String doc, String normalized) {
        String template = type.equals("pf") ? ws.pfTemplate() : ws.pjTemplate();
        JsonNode run = runs.accepted(ws.testKey(), template, type, doc);
        assertThat(run.path("subject").path("doc").asText()).isEqualTo(normalized);
        assertThat(runs.get(ws.testKey(), run.path("id").asText()).json().path("subject").path("doc").asText()).isEqualTo(normalized);
    }

    @Test
    void alphanumericCnpj_completesApproved() {
        String id = runs.accepted(ws.testKey(), ws.pjTemplate(), "pj", Docs.CNPJ_ALNUM).path("id").asText();
        JsonNode done = runs.awaitFinished(ws.testKey(), id);
        assertThat(done.path("subject").path("doc").asText()).isEqualTo(Docs.CNPJ_ALNUM_BARE);
        assertThat(done.path("decision").asText()).isEqualTo("APPROVED");
    }

    @Test
    void liveRun_isInTheLiveEnvironment() {
        Workspace own = operator.workspace(5);
        JsonNode run = runs.accepted(own.liveKey(), own.pfTemplate(), "pf", Docs.CPF_APPROVED);
        assertThat(run.path("environment").asText()).isEqualTo("live");
        assertThat(run.path("id").asText()).isNotBlank();
    }

    private static void assertNewestFirst(JsonNode data) {
        Instant previous = null;
        for (JsonNode run : data) {
            Instant at = Instant.parse(run.path("created_at").asText());
            if (previous != null) assertThat(at).as("newest first").isBeforeOrEqualTo(previous);
            previous = at;
        }
    }

    static void assertUtc(String timestamp) {
        assertThat(timestamp).as("RFC 3339 UTC").endsWith("Z");
        assertThat(Instant.parse(timestamp)).isNotNull();
    }
}
