package kycert.adapters.lists;

import static kycert.adapters.lists.Samples.entries;
import static kycert.adapters.lists.Samples.entry;
import static kycert.adapters.lists.Samples.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kycert.domain.screening.EntryKind;
import kycert.domain.screening.ListEntry;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;
import org.junit.jupiter.api.Test;

class EuFsfReadersTest {
    private static final String XML = "/kycert/adapters/lists/eu/export.xml";
    private static final String CSV = "/kycert/adapters/lists/eu/export.csv";

    @Test
    void xml_givesEntitiesWithNamesIdentificationsAndGenerationDate() {
        List<ListRecord> records = new ArrayList<>();
        try (ListFile file = ListFileReaders.open(ListId.EU_FSF, "export.xml", input(XML).in())) {
            file.forEachRemaining(records::add);
            assertThat(file.publishedAt().get()).isEqualTo(Instant.parse("2026-08-05T14:47:04.449Z"));
        }
        List<ListEntry> entries = entries(records);

        ListEntry person = entry(entries, "901");
        assertThat(person.kind()).isEqualTo(EntryKind.PERSON);
        assertThat(person.name()).isEqualTo("Márcio Exemplo Lima");
        assertThat(person.aliases()).containsExactly("Marcio E. Lima");
        assertThat(person.documents()).containsExactly("98765432100");
        assertThat(person.attributes()).containsEntry("programme", "UKR").containsEntry("eu_reference_number", "EU.901.1");
        ListEntry company = entry(entries, "902");
        assertThat(company.kind()).isEqualTo(EntryKind.ORGANIZATION);
        assertThat(company.aliases()).containsExactly("ETC Exemplo");
    }

    @Test
    void csv_groupsTheRowsOfAnEntity_intoTheSameEntriesAsTheXml() {
        List<ListRecord> records = new ArrayList<>();
        try (ListFile file = ListFileReaders.open(ListId.EU_FSF, "export.csv", input(CSV).in())) {
            file.forEachRemaining(records::add);
            assertThat(file.publishedAt().get()).isEqualTo(Instant.parse("2026-08-05T00:00:00Z"));
        }
        List<ListEntry> entries = entries(records);

        assertThat(entries).extracting(ListEntry::entryId).containsExactly("901", "902");
        ListEntry person = entry(entries, "901");
        assertThat(person.name()).isEqualTo("Márcio Exemplo Lima");
        assertThat(person.aliases()).containsExactly("Marcio E. Lima");
        assertThat(person.documents()).containsExactly("98765432100");
        assertThat(entry(entries, "902").aliases()).as("a quoted name with the separator inside").containsExactly("ETC; Exemplo");
    }

    @Test
    void csvWhoseEntityRowsAreScattered_isRefused() {
        String csv = new String(Samples.bytes(CSV), StandardCharsets.UTF_8);
        String[] lines = csv.split("\n");
        String shuffled = String.join("\n", lines[0], lines[1], lines[3], lines[2], lines[4]) + "\n";

        assertThatThrownBy(() -> Samples.readAll(ListId.EU_FSF, List.of(input("export.csv", shuffled.getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(InvalidListFile.class, e -> assertThat(e.reason()).contains("entity 901 are not together"));
    }

    @Test
    void unListSentAsEu_isRefusedSayingWhatItIs() {
        assertThatThrownBy(() -> Samples.readAll(ListId.EU_FSF, "/kycert/adapters/lists/un/consolidated.xml"))
                .isInstanceOf(InvalidListFile.class)
                .hasMessageContaining("a UN Security Council consolidated list XML, not a file of list eu_fsf");
    }
}
