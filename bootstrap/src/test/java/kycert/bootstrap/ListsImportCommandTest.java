package kycert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kycert.adapters.jdbc.JdbcStore;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kycert lists import}: the operator's way to load a publisher's file into the store the servers screen with. */
class ListsImportCommandTest {
    private static final Path LISTS = Path.of("src/test/resources/kycert/bootstrap/lists");

    @TempDir
    Path dataDir;

    private record Outcome(int code, String out, String err) {}

    private Outcome kycert(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
            return new Outcome(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private Map<ListId, ListVersion> active() {
        try (JdbcStore store = JdbcStore.openEmbedded(dataDir)) {
            return store.ports().listVersions().activeVersions();
        }
    }

    @Test
    void anOfacFile_becomesTheActiveVersion_andTheSameBytesAgainAreTheSameVersion() {
        Outcome first = kycert("lists", "import", "ofac_sdn", LISTS.resolve("SDN.XML").toString(), "--data-dir", dataDir.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("imported ofac_sdn version lv_").contains("4 rows").contains("now active");
        assertThat(first.err()).as("the progress line").contains("ofac_sdn  4 records");
        ListVersion version = active().get(ListId.OFAC_SDN);
        assertThat(version.rows()).isEqualTo(4);

        Outcome again = kycert("lists", "import", "ofac_sdn", LISTS.resolve("SDN.XML").toString(), "--data-dir", dataDir.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).startsWith("already imported (same bytes): ofac_sdn version " + version.id().wire());
        assertThat(active().get(ListId.OFAC_SDN).id()).isEqualTo(version.id());
    }

    @Test
    void anotherListsFile_isRefusedNamingIt_andTheActiveVersionStays() {
        assertThat(kycert("lists", "import", "ofac_sdn", LISTS.resolve("SDN.XML").toString(), "--data-dir", dataDir.toString()).code()).isZero();
        ListVersion before = active().get(ListId.OFAC_SDN);

        Outcome refused = kycert("lists", "import", "ofac_sdn", LISTS.resolve("20260101_CEIS.csv").toString(), "--data-dir", dataDir.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("invalid_list_file: 20260101_CEIS.csv").contains("not a file of list ofac_sdn")
                .contains("active version of ofac_sdn is unchanged");
        assertThat(active().get(ListId.OFAC_SDN)).isEqualTo(before);
    }

    @Test
    void anUnknownListOrAMissingFile_isAUsageError_andNothingIsOpened() throws Exception {
        Outcome unknown = kycert("lists", "import", "ofac", LISTS.resolve("SDN.XML").toString(), "--data-dir", dataDir.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown list 'ofac'").contains("ofac_sdn, un_sc, eu_fsf");
        Outcome missing = kycert("lists", "import", "un_sc", dataDir.resolve("nope.xml").toString(), "--data-dir", dataDir.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read");
        try (var files = Files.list(dataDir)) {
            assertThat(files).as("no database was created").isEmpty();
        }
    }

    @Test
    void theProgressLine_saysRecordsBytesRateAndTimeLeft() {
        ImportProgress progress = new ImportProgress(10L * 1024 * 1024);
        byte[] half = new byte[5 * 1024 * 1024];
        try (var in = progress.counting(new java.io.ByteArrayInputStream(half))) {
            in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(progress.line(ListId.RECEITA_CNPJ, java.time.Duration.ofSeconds(10)))
                .isEqualTo("receita_cnpj  0 records  5.0 MB of 10.0 MB (50%)  0 records/s  ETA 0:10");
    }
}
