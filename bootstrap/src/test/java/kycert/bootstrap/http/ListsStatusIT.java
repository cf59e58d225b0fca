package kycert.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.domain.screening.ListId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the operator, Prometheus and a load balancer see of the screening lists (CONTRACT §8), over real HTTP. */
class ListsStatusIT {
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode lists() {
        ApiResponse r = server.get("/admin/v1/lists").bearer(TestServer.ADMIN_TOKEN).send();
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json();
    }

    private static JsonNode of(JsonNode lists, String list) {
        for (JsonNode l : lists.path("data")) if (l.path("list").asText().equals(list)) return l;
        throw new AssertionError("no " + list + " in " + lists);
    }

    @Test
    void aFreshServer_listsEveryList_asNeverImported_andUnavailable() {
        JsonNode lists = lists();
        List<String> names = new ArrayList<>();
        lists.path("data").forEach(l -> names.add(l.path("list").asText()));
        assertThat(names).containsExactly("ofac_sdn", "un_sc", "eu_fsf", "ceis", "cnep", "cepim", "pep", "receita_cnpj");
        for (JsonNode l : lists.path("data")) {
            assertThat(l.path("active_version").isNull()).as("%s", l).isTrue();
            assertThat(l.path("age_seconds").isNull()).isTrue();
            assertThat(l.path("stale").asBoolean()).isFalse();
            assertThat(l.path("freshness").asText()).isEqualTo("unavailable");
        }
    }

    @Test
    void anImportedList_showsItsActiveVersion_inTheList_theReadyAnswer_andTheMetrics() {
        String version = LiveScreeningIT.importSample(server, ListId.OFAC_SDN, "SDN.XML").get().version().id().wire();

        JsonNode ofac = of(lists(), "ofac_sdn");
        assertThat(ofac.path("freshness").asText()).isEqualTo("current");
        assertThat(ofac.path("stale").asBoolean()).isFalse();
        assertThat(ofac.path("age_seconds").asLong()).isBetween(0L, 60L);
        JsonNode active = ofac.path("active_version");
        assertThat(active.path("id").asText()).isEqualTo(version);
        assertThat(active.path("object").asText()).isEqualTo("list_version");
        assertThat(active.path("rows").asLong()).isEqualTo(4);
        assertThat(active.path("sha256").asText()).hasSize(64);
        assertThat(active.path("published_at").asText()).startsWith("2026-");
        assertThat(of(lists(), "un_sc").path("freshness").asText()).isEqualTo("unavailable");

        ApiResponse ready = server.get("/health/ready").send();
        assertThat(ready.status()).as("a missing list is a warning, not unready").isEqualTo(200);
        assertThat(ready.json().path("lists").path("ofac_sdn").asText()).isEqualTo("current");
        assertThat(ready.json().path("lists").path("pep").asText()).isEqualTo("unavailable");

        String metrics = server.get("/metrics").send().body();
        assertThat(metrics).contains("kycert_list_rows{list=\"ofac_sdn\"} 4.0")
                .containsPattern("kycert_list_age_seconds\\{list=\"ofac_sdn\"} [0-9]+\\.0")
                .contains("kycert_list_rows{list=\"pep\"} NaN");
    }

    @Test
    void theListsAreTheOperators_aMissingOrWrongTokenIs401() {
        assertThat(ErrorAssert.assertEnvelope(server.get("/admin/v1/lists").send(), 401).code()).isNotBlank();
        assertThat(ErrorAssert.assertEnvelope(server.get("/admin/v1/lists").bearer("x".repeat(40)).send(), 401).code())
                .isNotBlank();
    }
}
