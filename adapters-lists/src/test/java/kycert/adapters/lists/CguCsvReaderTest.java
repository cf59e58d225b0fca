package kycert.adapters.lists;

import static kycert.adapters.lists.Samples.entries;
import static kycert.adapters.lists.Samples.entry;
import static kycert.adapters.lists.Samples.input;
import static kycert.adapters.lists.Samples.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import kycert.domain.screening.EntryKind;
import kycert.domain.screening.ListEntry;
import kycert.domain.screening.ListId;
import org.junit.jupiter.api.Test;

class CguCsvReaderTest {
    private static final String DIR = "/kycert/adapters/lists/cgu/";

    @Test
    void ceis_asPublishedInIso88591_withMaskedCpfsFullCnpjsAndAttributes() {
        List<ListEntry> entries = entries(readAll(ListId.CEIS, DIR + "20260101_CEIS.csv"));

        assertThat(entries).extracting(ListEntry::entryId).containsExactly("301234", "301235", "301236");
        ListEntry company = entry(entries, "301234");
        assertThat(company.kind()).isEqualTo(EntryKind.ORGANIZATION);
        assertThat(company.name()).isEqualTo("CONSTRUTORA EXEMPLO LTDA");
        assertThat(company.aliases()).containsExactly("Construtora Exemplo", "EXEMPLO OBRAS");
        assertThat(company.documents()).containsExactly("11222333000181");
        assertThat(company.attributes()).containsEntry("sanctioning_body", "Ministério Exemplo")
                .containsEntry("scope", "Todas as esferas em todos os poderes")
                .containsEntry("sanction_end", "15/01/2026");
        ListEntry person = entry(entries, "301235");
        assertThat(person.kind()).isEqualTo(EntryKind.PERSON);
        assertThat(person.name()).isEqualTo("JOÃO DA SILVA EXEMPLO");
        assertThat(person.documents()).isEmpty();
        assertThat(person.maskedCpfs()).containsExactly("982247");
        assertThat(entry(entries, "301236").documents()).as("alphanumeric CNPJ").containsExactly("12ABC345000188");
    }

    @Test
    void ceis_inTheOlderLayoutWithItsOtherTypo_isReadToo() {
        List<ListEntry> entries = entries(readAll(ListId.CEIS, DIR + "20190416_CEIS.csv"));

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.documents()).containsExactly("19013123000195");
            assertThat(e.attributes()).containsEntry("scope", "Todas as esferas").containsEntry("sanction_category", "Inidoneidade - Lei 8.666");
        });
    }

    @Test
    void cnep_cepim_andPep_readAsPublished() {
        ListEntry cnep = entries(readAll(ListId.CNEP, DIR + "20260101_CNEP.csv")).get(0);
        assertThat(cnep.attributes()).containsEntry("fine", "1500000,00");

        List<ListEntry> cepim = entries(readAll(ListId.CEPIM, DIR + "20260101_CEPIM.csv"));
        assertThat(cepim).hasSize(2).allSatisfy(e -> assertThat(e.kind()).isEqualTo(EntryKind.ORGANIZATION));
        assertThat(cepim.get(0).documents()).containsExactly("11222333000181");
        assertThat(cepim.get(0).attributes()).containsEntry("reason", "Omissão no dever de prestar contas");

        List<ListEntry> pep = entries(readAll(ListId.PEP, DIR + "202601_PEP.csv"));
        assertThat(pep).extracting(ListEntry::maskedCpfs).containsExactly(List.of("982247"), List.of("456789"), List.of("654321"));
        assertThat(pep.get(1).name()).isEqualTo("JOSÉ ANTÔNIO DOS EXEMPLOS");
        assertThat(pep.get(1).attributes()).containsEntry("role", "DIRETOR").containsEntry("body", "Ministério da Economia");
    }

    @Test
    void rowsWithoutAnIdOfTheirOwn_getTheSameIdInEveryFile() {
        List<String> first = entries(readAll(ListId.PEP, DIR + "202601_PEP.csv")).stream().map(ListEntry::entryId).toList();
        List<String> again = entries(readAll(ListId.PEP, DIR + "202601_PEP.csv")).stream().map(ListEntry::entryId).toList();

        assertThat(first).doesNotHaveDuplicates().isEqualTo(again);
    }

    @Test
    void theZipThePortalPublishes_isReadEntryByEntry() {
        byte[] zip = Samples.zip(DIR + "20260101_CEIS.csv");

        assertThat(readAll(ListId.CEIS, List.of(input("20260101_CEIS.zip", zip)))).hasSize(3);
    }

    @Test
    void aTruncatedZip_isRefused() {
        byte[] zip = Samples.zip(DIR + "20260101_CEIS.csv");
        byte[] cut = Arrays.copyOf(zip, zip.length * 2 / 3);

        assertThatThrownBy(() -> readAll(ListId.CEIS, List.of(input("20260101_CEIS.zip", cut))))
                .isInstanceOfSatisfying(InvalidListFile.class, e -> {
                    assertThat(e.fileName()).startsWith("20260101_CEIS.zip");
                    assertThat(e.reason()).contains("truncated");
                });
    }

    @Test
    void cnepFileSentAsCeis_isRefused() {
        assertThatThrownBy(() -> readAll(ListId.CEIS, DIR + "20260101_CNEP.csv"))
                .isInstanceOf(InvalidListFile.class).hasMessageContaining("a CGU CNEP CSV, not a file of list ceis");
    }

    @Test
    void aRowOfAnotherRegister_isRefusedAtItsLine() {
        String ceis = latin1(DIR + "20260101_CEIS.csv").replace("\"CEIS\";\"301236\"", "\"CNEP\";\"301236\"");

        assertThatThrownBy(() -> readAll(ListId.CEIS, List.of(input("ceis.csv", ceis.getBytes(StandardCharsets.ISO_8859_1)))))
                .isInstanceOfSatisfying(InvalidListFile.class, e -> {
                    assertThat(e.location()).isEqualTo("line 5");
                    assertThat(e.reason()).contains("not a CEIS file");
                });
    }

    @Test
    void aHeaderThatIsNotAsPublished_isRefused() {
        String ceis = latin1(DIR + "20260101_CEIS.csv").replace("\"NOME DO SANCIONADO\"", "\"NOME\"");

        assertThatThrownBy(() -> readAll(ListId.CEIS, List.of(input("ceis.csv", ceis.getBytes(StandardCharsets.ISO_8859_1)))))
                .isInstanceOfSatisfying(InvalidListFile.class, e -> {
                    assertThat(e.location()).isEqualTo("line 1");
                    assertThat(e.reason()).contains("column 'NOME DO SANCIONADO' not found");
                });
    }

    @Test
    void aRowWiderThanTheHeader_isRefusedAtItsLine() {
        String ceis = latin1(DIR + "20260101_CEIS.csv").replaceFirst("\"DF\";\"FEDERAL\"", "\"DF\";\"FEDERAL\";\"X\"");

        assertThatThrownBy(() -> readAll(ListId.CEIS, List.of(input("ceis.csv", ceis.getBytes(StandardCharsets.ISO_8859_1)))))
                .isInstanceOfSatisfying(InvalidListFile.class, e -> {
                    assertThat(e.location()).isEqualTo("line 2");
                    assertThat(e.reason()).isEqualTo("the row has 25 fields, the header 24");
                });
    }

    @Test
    void aFileInUtf8InsteadOfIso88591_isRefusedSayingSo() {
        assertThatThrownBy(() -> readAll(ListId.CEIS, DIR + "ceis-utf8.csv"))
                .isInstanceOfSatisfying(InvalidListFile.class, e -> assertThat(e.reason()).contains("looks UTF-8 encoded"));
    }

    @Test
    void aCsvCutInsideAQuotedField_isRefused() {
        byte[] whole = Samples.bytes(DIR + "20260101_CEIS.csv");
        String text = latin1(DIR + "20260101_CEIS.csv");
        byte[] cut = Arrays.copyOf(whole, text.indexOf("em duas linhas"));

        assertThatThrownBy(() -> readAll(ListId.CEIS, List.of(input("ceis.csv", cut))))
                .isInstanceOfSatisfying(InvalidListFile.class, e -> assertThat(e.reason()).contains("cut short"));
    }

    @Test
    void aQuoteNeverClosed_cannotGrowAFieldWithoutEnd() {
        String header = latin1(DIR + "20260101_CEIS.csv").lines().findFirst().orElseThrow();
        java.io.InputStream endless = new java.io.SequenceInputStream(
                new java.io.ByteArrayInputStream((header + "\r\n\"CEIS\";\"1\";\"J\";\"").getBytes(StandardCharsets.ISO_8859_1)),
                new java.io.InputStream() {
                    private long served;

                    @Override public int read() { return served++ < 64L << 20 ? 'x' : -1; }
                });

        assertThatThrownBy(() -> readAll(ListId.CEIS, List.of(new NamedInput("ceis.csv", endless))))
                .isInstanceOfSatisfying(InvalidListFile.class, e -> {
                    assertThat(e.location()).isEqualTo("line 2");
                    assertThat(e.reason()).contains("far larger");
                });
    }

    @Test
    void refusalsNeverRepeatADocumentFromTheFile() {
        String ceis = latin1(DIR + "20260101_CEIS.csv").replace("\"CEIS\";\"301234\"", "\"CNEP\";\"301234\"");

        assertThatThrownBy(() -> readAll(ListId.CEIS, List.of(input("ceis.csv", ceis.getBytes(StandardCharsets.ISO_8859_1)))))
                .isInstanceOf(InvalidListFile.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("11222333").doesNotContain("11.222.333"));
    }

    private static String latin1(String resource) {
        return new String(Samples.bytes(resource), StandardCharsets.ISO_8859_1);
    }
}
