package kycert.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kycert.domain.document.Cnpj;
import kycert.domain.document.Cpf;
import kycert.domain.document.Document;
import org.junit.jupiter.api.Test;

class ScreeningIndexTest {

    private static final Cpf CPF = new Cpf("52998224725");
    private static final Cnpj CNPJ = new Cnpj("11222333000181");

    @Test
    void theSubjectsFullDocument_isAHitWithScoreOne_whateverTheName() {
        ListEntry e = person("1", "Someone Else", List.of(CPF.value()), List.of());
        assertThat(screen(List.of(e), CPF, "Maria Souza"))
                .containsExactly(new Hit(ListId.CEIS, "1", "Someone Else", 1.0, Set.of(MatchedOn.DOCUMENT)));
    }

    @Test
    void aRowWithAnotherCpf_isAHomonym_andNeverAHitOnTheName() {
        ListEntry e = person("1", "Maria Souza", List.of("11144477735"), List.of());
        assertThat(screen(List.of(e), CPF, "Maria Souza")).isEmpty();
    }

    @Test
    void aCompanysCnpjOnAPersonsRow_doesNotMakeItAHomonym() {
        ListEntry e = person("1", "Maria Souza", List.of(CNPJ.value()), List.of());
        assertThat(screen(List.of(e), CPF, "MARIA SOUZA")).extracting(Hit::matchedOn).containsExactly(Set.of(MatchedOn.NAME));
    }

    @Test
    void aMaskedCpf_hitsOnlyWithTheSubjectsMiddleDigitsAndName() {
        ListEntry same = person("1", "MARIA SOUZA", List.of(), List.of("982247"));
        ListEntry other = person("2", "MARIA SOUZA", List.of(), List.of("982248"));
        assertThat(screen(List.of(same, other), CPF, "Maria Souza"))
                .containsExactly(new Hit(ListId.CEIS, "1", "MARIA SOUZA", 1.0, Set.of(MatchedOn.MASKED_DOCUMENT, MatchedOn.NAME)));
        assertThat(screen(List.of(same), CPF, "Joana Pereira")).isEmpty();
    }

    @Test
    void withoutAName_onlyDocumentsCanHit() {
        ListEntry masked = person("1", "MARIA SOUZA", List.of(), List.of("982247"));
        ListEntry full = person("2", "MARIA SOUZA", List.of(CPF.value()), List.of());
        assertThat(index(List.of(masked, full)).screen(new ScreeningSubject(CPF, Option.none()), MatchThreshold.DEFAULT))
                .extracting(Hit::entryId).containsExactly("2");
    }

    @Test
    void aPerson_neverMatchesAnOrganizationsName_norACompanyAPersons() {
        ListEntry org = entry("1", EntryKind.ORGANIZATION, "Maria Souza", List.of());
        ListEntry person = entry("2", EntryKind.PERSON, "Maria Souza", List.of());
        ListEntry other = entry("3", EntryKind.OTHER, "Maria Souza", List.of());
        assertThat(screen(List.of(org, person, other), CPF, "Maria Souza")).extracting(Hit::entryId).containsExactly("2", "3");
        assertThat(screen(List.of(org, person, other), CNPJ, "Maria Souza")).extracting(Hit::entryId).containsExactly("1", "3");
    }

    @Test
    void anAliasMatch_namesTheAliasAsPublished() {
        ListEntry e = entry("7", EntryKind.PERSON, "BIN LADIN, Usama", List.of("Usama bin Muhammad bin Awad", "Osama bin Laden"));
        assertThat(screen(List.of(e), CPF, "Osama Bin Laden"))
                .containsExactly(new Hit(ListId.CEIS, "7", "Osama bin Laden", 1.0, Set.of(MatchedOn.ALIAS)));
    }

    @Test
    void hits_comeBestFirst_andBelowTheThresholdStayOut() {
        ListEntry exact = entry("a", EntryKind.PERSON, "Joao Carlos Silva", List.of());
        ListEntry initial = entry("b", EntryKind.PERSON, "Joao C. Silva", List.of());
        ListEntry son = entry("c", EntryKind.PERSON, "Joao Carlos Silva Filho", List.of());
        List<Hit> hits = screen(List.of(son, initial, exact), CPF, "João Carlos da Silva");
        assertThat(hits).extracting(Hit::entryId).containsExactly("a", "b");
        assertThat(index(List.of(exact, initial)).screen(new ScreeningSubject(CPF, Option.of("Joao Carlos Silva")),
                new MatchThreshold(0.99))).extracting(Hit::entryId).containsExactly("a");
    }

    @Test
    void entriesOfAnotherList_areRefused() {
        ListEntry e = new ListEntry(ListId.PEP, "1", EntryKind.PERSON, "x", List.of(), List.of(), List.of(), Map.of());
        assertThatThrownBy(() -> ScreeningIndex.build(ListId.CEIS, List.of(e))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thresholds_outsideTheirRange_areAClearError() {
        assertThat(MatchThreshold.parse(null).get()).isEqualTo(MatchThreshold.DEFAULT);
        assertThat(MatchThreshold.parse(0.5).getLeft().param()).contains("match_threshold");
        assertThat(MatchThreshold.parse(1.01).isLeft()).isTrue();
        assertThat(MatchThreshold.parse(Double.NaN).isLeft()).isTrue();
    }

    private static List<Hit> screen(List<ListEntry> entries, Document doc, String name) {
        return index(entries).screen(new ScreeningSubject(doc, Option.of(name)), MatchThreshold.DEFAULT);
    }

    private static ScreeningIndex index(List<ListEntry> entries) {
        return ScreeningIndex.build(ListId.CEIS, entries);
    }

    private static ListEntry person(String id, String name, List<String> documents, List<String> masked) {
        return new ListEntry(ListId.CEIS, id, EntryKind.PERSON, name, List.of(), documents, masked, Map.of());
    }

    private static ListEntry entry(String id, EntryKind kind, String name, List<String> aliases) {
        return new ListEntry(ListId.CEIS, id, kind, name, aliases, List.of(), List.of(), Map.of());
    }
}
