package kycert.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import kycert.application.port.in.ImportListUseCase.Imported;
import kycert.bootstrap.PublishedListFiles;
import kycert.bootstrap.http.Operator.Workspace;
import kycert.domain.screening.ListFileFault;
import kycert.domain.screening.ListId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A live key screens against the lists imported from the publishers' files (CONTRACT §8), over real HTTP; the
 * sandbox keeps its fixtures. Lists are imported in process through the same use case the coming import endpoint
 * and CLI will call, reading the publishers' layouts with adapters-lists (samples in test resources).
 */
class LiveScreeningIT {
    private TestServer server;
    private Runs runs;
    private Workspace ws;

    @BeforeEach
    void start() {
        server = TestServer.start();
        runs = new Runs(server);
        ws = server.operator().workspace(20);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Either<ListFileFault, Imported> importSample(ListId list, String sample) {
        return importSample(server, list, sample);
    }

    /** Imports one of the publishers' samples (test resources {@code kycert/bootstrap/lists}) on {@code node}. */
    static Either<ListFileFault, Imported> importSample(TestServer node, ListId list, String sample) {
        try (InputStream in = LiveScreeningIT.class.getResourceAsStream("/kycert/bootstrap/lists/" + sample)) {
            if (in == null) throw new IllegalArgumentException("no sample " + sample);
            return node.server().kycert().importList().importList(list, PublishedListFiles.of(sample, in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void importPersonLists() {
        importSample(ListId.OFAC_SDN, "SDN.XML").get();
        importSample(ListId.UN_SC, "consolidated.xml").get();
        importSample(ListId.EU_FSF, "export.xml").get();
        importSample(ListId.PEP, "202601_PEP.csv").get();
    }

    private JsonNode finished(String key, String doc, String name) {
        ObjectNode body = Runs.body(ws.pfTemplate(), "pf", doc);
        if (name != null) ((ObjectNode) body.get("subject")).put("name", name);
        return runs.awaitFinished(key, runs.create(key, body).json().path("id").asText());
    }

    private JsonNode source(String key, JsonNode run, String source) {
        JsonNode detail = server.get(Runs.PATH + "/" + run.path("id").asText() + "/detail").key(key).send().json();
        for (JsonNode s : detail.path("sources")) if (s.path("source").asText().equals(source)) return s;
        throw new AssertionError("no source " + source + " in " + detail);
    }

    @Test
    void theSandboxSanctionedCpf_inLive_withNoListImported_isPartial_neverTheFixturesAnswer() {
        JsonNode live = finished(ws.liveKey(), Docs.CPF_SANCTIONED, "Maria Souza");

        assertThat(live.path("decision").asText()).isEqualTo("PARTIAL");
        JsonNode sanctions = source(ws.liveKey(), live, "sanctions");
        assertThat(sanctions.path("status").asText()).isEqualTo("ERROR");
        assertThat(sanctions.path("checks").path("error").asText()).isEqualTo("list_unavailable");
        assertThat(sanctions.path("raw").path("hits")).isEmpty();
        assertThat(finished(ws.testKey(), Docs.CPF_SANCTIONED, "Maria Souza").path("decision").asText())
                .as("the sandbox keeps its fixture").isEqualTo("BLOCKED");
    }

    @Test
    void afterImportingThePublishersFiles_aListedPersonIsBlocked_withTheHitExplained() {
        importPersonLists();
        String ofacVersion = server.server().kycert().ports().listVersions().activeVersions().get(ListId.OFAC_SDN).id().wire();

        // OFAC's sample lists "SILVA SAURO, Joao Carlos" with this CPF as his tax id; the sandbox calls it APPROVED
        JsonNode live = finished(ws.liveKey(), Docs.CPF_APPROVED, "João Carlos Silva Sauro");

        assertThat(live.path("decision").asText()).isEqualTo("BLOCKED");
        JsonNode sanctions = source(ws.liveKey(), live, "sanctions");
        assertThat(sanctions.path("status").asText()).isEqualTo("INVALID");
        JsonNode hit = sanctions.path("raw").path("hits").get(0);
        assertThat(hit.path("list").asText()).isEqualTo("ofac_sdn");
        assertThat(hit.path("entry_id").asText()).isEqualTo("7001");
        assertThat(hit.path("score").asDouble()).isEqualTo(1.0);
        assertThat(hit.path("matched_on").toString()).contains("document");
        assertThat(hit.path("list_version").asText()).isEqualTo(ofacVersion);
        assertThat(sanctions.path("raw").path("lists").toString()).contains("ofac_sdn", "un_sc", "eu_fsf", ofacVersion);
        assertThat(finished(ws.testKey(), Docs.CPF_APPROVED, "João Carlos Silva Sauro").path("decision").asText())
                .as("the sandbox keeps its fixture").isEqualTo("APPROVED");
    }

    @Test
    void withEveryListImported_aCleanPersonIsApproved_andAPersonWithoutANameNeedsReview() {
        importPersonLists();

        JsonNode clean = finished(ws.liveKey(), Docs.CPF_PEP, "Carlos Andrade Nogueira");
        JsonNode nameless = finished(ws.liveKey(), Docs.CPF_SANCTIONED, null);

        assertThat(clean.path("decision").asText()).as("the sandbox's PEP fixture is nobody in live").isEqualTo("APPROVED");
        assertThat(nameless.path("decision").asText()).isEqualTo("PENDING_REVIEW");
        JsonNode analysis = server.get(Runs.PATH + "/" + nameless.path("id").asText() + "/analysis").key(ws.liveKey()).send().json();
        assertThat(analysis.path("reasons").toString()).contains("subject_name_missing");
    }

    @Test
    void aFileOfAnotherList_isRefusedNamingTheFile_andTheActiveVersionStays() {
        Imported first = importSample(ListId.OFAC_SDN, "SDN.XML").get();

        ListFileFault fault = importSample(ListId.OFAC_SDN, "20260101_CEIS.csv").getLeft();

        assertThat(fault.message()).startsWith("20260101_CEIS.csv");
        assertThat(server.server().kycert().ports().listVersions().activeVersions().get(ListId.OFAC_SDN)).isEqualTo(first.version());
        Imported again = importSample(ListId.OFAC_SDN, "SDN.XML").get();
        assertThat(again.created()).isFalse();
        assertThat(again.version()).isEqualTo(first.version());
    }
}
