package kycert.adapters.lists;

import static kycert.adapters.lists.Samples.entries;
import static kycert.adapters.lists.Samples.entry;
import static kycert.adapters.lists.Samples.input;
import static kycert.adapters.lists.Samples.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import kycert.domain.screening.EntryKind;
import kycert.domain.screening.ListEntry;
import kycert.domain.screening.ListId;
import org.junit.jupiter.api.Test;

class OfacSdnReadersTest {
    private static final String DIR = "/kycert/adapters/lists/ofac/";

    @Test
    void csvSet_givesEntriesWithAliasesDocumentsAndNoNullMarkers() {
        List<ListEntry> entries = entries(readAll(ListId.OFAC_SDN, DIR + "sdn.csv", DIR + "alt.csv", DIR + "add.csv", DIR + "sdn_comments.csv"));

        assertThat(entries).extracting(ListEntry::entryId).containsExactly("36", "7001", "7002", "7003", "7004", "7005");
        ListEntry person = entry(entries, "7001");
        assertThat(person.kind()).isEqualTo(EntryKind.PERSON);
        assertThat(person.name()).isEqualTo("SILVA SAURO, Joao Carlos");
        assertThat(person.aliases()).containsExactly("SAURO, Joao", "SILVA, J. C.");
        assertThat(person.documents()).containsExactly("52998224725");
        ListEntry company = entry(entries, "7002");
        assertThat(company.kind()).isEqualTo(EntryKind.ORGANIZATION);
        assertThat(company.documents()).containsExactly("11222333000181");
        assertThat(company.attributes().get("programs")).isEqualTo("ILLICIT-DRUGS-EO14059; SDGT");
        assertThat(entry(entries, "7003").documents()).as("a Brazilian id in the overflow remarks (sdn_comments.csv)")
                .containsExactly("19013123000195");
        assertThat(entry(entries, "7004").kind()).isEqualTo(EntryKind.OTHER);
        assertThat(entry(entries, "36").attributes()).doesNotContainKey("title").doesNotContainValue("-0-");
        assertThat(entries).allSatisfy(e -> assertThat(e.attributes().values()).noneMatch(v -> v.contains("-0-")));
    }

    @Test
    void csvSet_readsTheSameInAZipWhateverTheOrderAndTheNames() {
        byte[] zip = Samples.zip(DIR + "sdn_comments.csv", DIR + "alt.csv", DIR + "sdn.csv", DIR + "add.csv");
        List<ListEntry> fromZip = entries(readAll(ListId.OFAC_SDN, List.of(input("sdn_csv.download", zip))));
        List<ListEntry> fromFiles = entries(readAll(ListId.OFAC_SDN, DIR + "alt.csv", DIR + "sdn.csv", DIR + "sdn_comments.csv"));

        assertThat(fromZip).isEqualTo(fromFiles);
    }

    @Test
    void sdnCsvAlone_isTheListWithoutAliases() {
        List<ListEntry> entries = entries(readAll(ListId.OFAC_SDN, DIR + "sdn.csv"));

        assertThat(entries).hasSize(6);
        assertThat(entry(entries, "7001").aliases()).isEmpty();
    }

    @Test
    void sdnXml_givesTheSameEntriesAsTheCsvSet_andItsPublishDate() {
        try (ListFile file = ListFileReaders.open(ListId.OFAC_SDN, "SDN.XML", input(DIR + "SDN.XML").in())) {
            List<ListEntry> entries = entries(iterate(file));

            assertThat(file.publishedAt().get()).isEqualTo(Instant.parse("2026-06-22T00:00:00Z"));
            assertThat(entries).extracting(ListEntry::entryId).containsExactly("36", "7001", "7002", "7004");
            ListEntry person = entry(entries, "7001");
            assertThat(person.name()).isEqualTo("SILVA SAURO, Joao Carlos");
            assertThat(person.aliases()).containsExactly("SAURO, Joao");
            assertThat(person.documents()).as("the Brazilian Tax ID, not the passport").containsExactly("52998224725");
            assertThat(entry(entries, "36").aliases()).containsExactly("AERO-CARIBBEAN");
            assertThat(entry(entries, "7002").documents()).containsExactly("11222333000181");
            assertThat(entry(entries, "7004").kind()).isEqualTo(EntryKind.OTHER);
        }
    }

    @Test
    void ceisFileSentAsOfac_isRefusedSayingWhatItIs() {
        assertThatThrownBy(() -> readAll(ListId.OFAC_SDN, "/kycert/adapters/lists/cgu/20260101_CEIS.csv"))
                .isInstanceOf(InvalidListFile.class)
                .hasMessageContaining("20260101_CEIS.csv")
                .hasMessageContaining("a CGU CEIS CSV, not a file of list ofac_sdn");
    }

    @Test
    void advancedXml_isRefusedUntilItIsRead() {
        assertThatThrownBy(() -> readAll(ListId.OFAC_SDN, DIR + "SDN_ADVANCED.XML"))
                .isInstanceOf(InvalidListFile.class).hasMessageContaining("SDN_ADVANCED.XML is not read yet");
    }

    @Test
    void aliasesWithoutTheirPrimaryFile_areRefused() {
        assertThatThrownBy(() -> readAll(ListId.OFAC_SDN, DIR + "alt.csv"))
                .isInstanceOf(InvalidListFile.class).hasMessageContaining("has no sdn.csv");
    }

    @Test
    void xmlCutInTheMiddle_isRefusedWithItsLine() {
        byte[] whole = Samples.bytes(DIR + "SDN.XML");
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> readAll(ListId.OFAC_SDN, List.of(input("SDN.XML", cut))))
                .isInstanceOfSatisfying(InvalidListFile.class, e -> {
                    assertThat(e.fileName()).isEqualTo("SDN.XML");
                    assertThat(e.location()).startsWith("line ");
                    assertThat(e.reason()).contains("cut short");
                });
    }

    @Test
    void sdnCsvWithARowOfTheWrongShape_isRefusedAtThatLine() {
        String sdn = new String(Samples.bytes(DIR + "sdn.csv"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("7004,\"ESTRELA DO MAR\",\"vessel\",", "7004,\"ESTRELA DO MAR\",");

        assertThatThrownBy(() -> readAll(ListId.OFAC_SDN, List.of(input("sdn.csv", sdn.getBytes(java.nio.charset.StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(InvalidListFile.class, e -> {
                    assertThat(e.location()).isEqualTo("line 5");
                    assertThat(e.reason()).contains("11 fields");
                });
    }

    private static List<kycert.domain.screening.ListRecord> iterate(ListFile file) {
        List<kycert.domain.screening.ListRecord> records = new java.util.ArrayList<>();
        file.forEachRemaining(records::add);
        return records;
    }
}
