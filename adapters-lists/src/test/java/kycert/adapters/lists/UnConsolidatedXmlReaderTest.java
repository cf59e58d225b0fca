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

class UnConsolidatedXmlReaderTest {
    private static final String FILE = "/kycert/adapters/lists/un/consolidated.xml";

    @Test
    void individualsAndEntities_withTheirAliasesDocumentsAndDateGenerated() {
        List<ListRecord> records = new ArrayList<>();
        try (ListFile file = ListFileReaders.open(ListId.UN_SC, "consolidated.xml", input(FILE).in())) {
            file.forEachRemaining(records::add);
            assertThat(file.publishedAt().get()).isEqualTo(Instant.parse("2026-09-05T23:00:04.811Z"));
        }
        List<ListEntry> entries = entries(records);

        assertThat(entries).extracting(ListEntry::entryId).containsExactly("6908001", "6907993", "110326");
        ListEntry jose = entry(entries, "6908001");
        assertThat(jose.kind()).isEqualTo(EntryKind.PERSON);
        assertThat(jose.name()).isEqualTo("JOSÉ DA CONCEIÇÃO EXEMPLO");
        assertThat(jose.aliases()).containsExactly("Zé Exemplo", "Abu José");
        assertThat(jose.documents()).as("the Brazilian national id, not the passport").containsExactly("12345678909");
        assertThat(jose.attributes()).containsEntry("reference_number", "QDi.901").containsEntry("listed_on", "2016-04-20")
                .containsEntry("list_type", "Al-Qaida");
        assertThat(entry(entries, "6907993").aliases()).as("an empty ALIAS_NAME is no alias").isEmpty();
        ListEntry entity = entry(entries, "110326");
        assertThat(entity.kind()).isEqualTo(EntryKind.ORGANIZATION);
        assertThat(entity.name()).isEqualTo("EXEMPLO METALLURGY INDUSTRIES & CO (EMI)");
        assertThat(entity.aliases()).containsExactly("Exemplo Ammunition Manufacturing");
    }

    @Test
    void xmlCutInTheMiddleOfAnEntry_isRefusedWithItsLine() {
        String whole = new String(Samples.bytes(FILE), StandardCharsets.UTF_8);
        byte[] cut = whole.substring(0, whole.indexOf("<ENTITY_ALIAS>")).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Samples.readAll(ListId.UN_SC, List.of(input("consolidated.xml", cut))))
                .isInstanceOfSatisfying(InvalidListFile.class, e -> {
                    assertThat(e.fileName()).isEqualTo("consolidated.xml");
                    assertThat(e.location()).startsWith("line ");
                });
    }

    @Test
    void bytesOutsideTheDeclaredEncoding_areRefused() {
        byte[] latin1 = new String(Samples.bytes(FILE), StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> Samples.readAll(ListId.UN_SC, List.of(input("consolidated.xml", latin1))))
                .isInstanceOfSatisfying(InvalidListFile.class, e -> {
                    assertThat(e.location()).isEqualTo("line 7");
                    assertThat(e.reason()).contains("not in the declared encoding");
                });
    }

    @Test
    void aDoctypeWithEntities_isNotExpanded() {
        String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<CONSOLIDATED_LIST dateGenerated=\"2026-01-01T00:00:00Z\"><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>"
                + "<FIRST_NAME>&x;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";

        assertThatThrownBy(() -> Samples.readAll(ListId.UN_SC, List.of(input("consolidated.xml", hostile.getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(InvalidListFile.class);
    }
}
