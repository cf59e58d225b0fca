package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/templates}: create, list, deactivate, scoped to the caller's tenant. */
class TemplatesManagementIT extends WithTwoTenants {
    @Test
    void create_answers201_withDefaults() {
        ApiResponse r = alice.post("/api/v1/templates", Json.object().put("name", "Onboarding PJ").put("subject_type", "pj"));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        JsonNode t = r.json();
        assertThat(t.path("object").asText()).isEqualTo("template");
        assertThat(t.path("name").asText()).isEqualTo("Onboarding PJ");
        assertThat(t.path("subject_type").asText()).isEqualTo("pj");
        assertThat(t.path("sources").size()).isPositive();
        assertThat(t.path("cost").asInt()).isEqualTo(1);
        assertThat(t.path("match_threshold").asDouble()).isEqualTo(0.90);
        assertThat(t.path("active").asBoolean()).isTrue();
        assertThat(t.path("created_at").asText()).isNotBlank();
    }

    @Test
    void create_takesAMatchThreshold_withinItsRange() {
        ApiResponse strict = alice.post("/api/v1/templates", Json.object().put("name", "Strict").put("subject_type", "pf")
                .put("match_threshold", 0.97));
        assertThat(strict.status()).as("%s", strict).isEqualTo(201);
        assertThat(strict.json().path("match_threshold").asDouble()).isEqualTo(0.97);
        assertThat(alice.get("/api/v1/templates").json().findValues("match_threshold")).extracting(JsonNode::asDouble).contains(0.97);

        Expect.invalidRequest(alice.post("/api/v1/templates", Json.object().put("name", "Loose").put("subject_type", "pf")
                .put("match_threshold", 0.5)), 400, "invalid_parameter").param("match_threshold");
        Expect.invalidRequest(alice.post("/api/v1/templates", Json.object().put("name", "Loose").put("subject_type", "pf")
                .put("match_threshold", "high")), 400, "invalid_parameter").param("match_threshold");
    }

    @Test
    void create_takesSources() {
        ObjectNode body = Json.object().put("name", "Sanctions only").put("subject_type", "pf");
        body.set("sources", Json.MAPPER.valueToTree(List.of("sanctions", "pep")));
        ApiResponse r = alice.post("/api/v1/templates", body);
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().path("sources")).extracting(JsonNode::asText).containsExactly("sanctions", "pep");
        assertThat(r.json().path("cost").asInt()).isEqualTo(1);
    }

    @Test
    void aTenantCannotPriceItsOwnTemplates_freeLiveRunsAreRefused() {
        for (int cost : new int[] {0, 1, 3}) {
            ApiResponse r = alice.post("/api/v1/templates", Json.object().put("name", "free").put("subject_type", "pf").put("cost", cost));
            Expect.invalidRequest(r, 400, "invalid_parameter").param("cost");
            assertThat(r.json().path("error").path("message").asText()).contains("operator");
        }
        assertThat(alice.get("/api/v1/templates").json().path("data").findValuesAsText("name")).doesNotContain("free");
    }

    @Test
    void list_showsOnlyTheCallersTemplates() {
        String mine = alice.createTemplate("mine");
        String theirs = bob.createTemplate("theirs");
        ApiResponse r = alice.get("/api/v1/templates");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("data").findValuesAsText("id")).contains(mine).doesNotContain(theirs);
    }

    @Test
    void deactivate_stopsNewRunsOnIt() {
        String template = alice.createTemplate("to deactivate");
        String key = alice.createKey("deactivation key", "test").path("key").asText();
        ApiResponse r = alice.post("/api/v1/templates/" + template + "/deactivate");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().path("active").asBoolean()).isFalse();
        Expect.invalidRequest(server.post("/api/v1/bureau/runs").key(key).json(MgmtServer.runBody(template, MgmtServer.CPF_APPROVED)).send(),
                400, "template_not_found");
    }

    @Test
    void anotherTenantsTemplate_isNotFound() {
        String theirs = bob.createTemplate("bob's");
        Expect.invalidRequest(alice.post("/api/v1/templates/" + theirs + "/deactivate"), 404, "resource_not_found");
        Expect.invalidRequest(alice.post("/api/v1/templates/" + UUID.randomUUID() + "/deactivate"), 404, "resource_not_found");
        Expect.invalidRequest(alice.post("/api/v1/templates/nope/deactivate"), 404, "resource_not_found");
        assertThat(bob.get("/api/v1/templates").json().path("data").get(0).path("active").asBoolean()).isTrue();
    }

    @Test
    void invalidBodies_are400_namingTheField() {
        Expect.invalidRequest(alice.post("/api/v1/templates", Json.object().put("subject_type", "pf")), 400, "missing_parameter").param("name");
        Expect.invalidRequest(alice.post("/api/v1/templates", Json.object().put("name", "x")), 400, "missing_parameter").param("subject_type");
        Expect.invalidRequest(alice.post("/api/v1/templates", Json.object().put("name", "x").put("subject_type", "px")), 400,
                "invalid_subject_type").param("subject_type");
        ObjectNode badSource = Json.object().put("name", "x").put("subject_type", "pf");
        badSource.set("sources", Json.MAPPER.valueToTree(List.of("astrology")));
        Expect.invalidRequest(alice.post("/api/v1/templates", badSource), 400, "invalid_parameter").param("sources");
        Expect.invalidRequest(alice.post("/api/v1/templates", Json.object().put("name", "x").put("subject_type", "pf").put("sources", "pep")),
                400, "invalid_parameter").param("sources");
    }
}
