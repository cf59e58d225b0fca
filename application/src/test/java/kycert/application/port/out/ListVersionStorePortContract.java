package kycert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kycert.domain.screening.CnpjCompany;
import kycert.domain.screening.CnpjEstablishment;
import kycert.domain.screening.EntryKind;
import kycert.domain.screening.ListEntry;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;
import kycert.domain.screening.ListVersion;
import kycert.domain.screening.ListVersionId;
import kycert.domain.screening.RegistryStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ListVersionStorePort} promises: staged records stay invisible until their version is activated,
 * activation switches a list's active version in one step, earlier versions are kept, versions are found by sha256.
 */
public abstract class ListVersionStorePortContract {
    private static final Instant T0 = Instant.parse("2026-11-30T12:00:00Z");
    private ListVersionStorePort store;

    /** A fresh, empty set of stores; called before every test. */
    protected abstract Ports newPorts();

    @BeforeEach
    void setUpPorts() {
        store = newPorts().listVersions();
    }

    @Test
    void aStoreWithNothingImported_hasNoActiveVersion() {
        assertThat(store.activeVersions()).isEmpty();
        assertThat(store.versions(ListId.OFAC_SDN)).isEmpty();
        assertThat(store.findBySha256(ListId.OFAC_SDN, "ab".repeat(32))).isEmpty();
    }

    @Test
    void stagedRecords_areInvisibleUntilActivated_thenServedWhole() {
        ListVersion v = version(ListId.OFAC_SDN, "a", T0);
        List<ListEntry> entries = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) entries.add(entry(ListId.OFAC_SDN, "e" + i, "Person Number " + i));
        for (int from = 0; from < entries.size(); from += 1_000) {
            store.stage(v.id(), v.list(), entries.subList(from, Math.min(entries.size(), from + 1_000)).stream()
                    .<ListRecord>map(ListRecord.Entry::new).toList());
        }

        assertThat(store.activeVersions()).isEmpty();
        assertThat(store.entries(v.id())).isEmpty();

        store.activate(v);

        assertThat(store.activeVersions()).isEqualTo(Map.of(ListId.OFAC_SDN, v));
        assertThat(store.entries(v.id())).containsExactlyInAnyOrderElementsOf(entries);
        assertThat(store.findBySha256(ListId.OFAC_SDN, v.sha256())).contains(v);
        assertThat(store.findBySha256(ListId.UN_SC, v.sha256())).isEmpty();
    }

    @Test
    void activatingANewVersion_switchesTheList_andKeepsTheEarlierOne() {
        ListVersion first = imported(version(ListId.CEIS, "1", T0), entry(ListId.CEIS, "c1", "Empresa Um Ltda"));
        ListVersion second = imported(version(ListId.CEIS, "2", T0.plusSeconds(60)), entry(ListId.CEIS, "c2", "Empresa Dois Ltda"));
        ListVersion other = imported(version(ListId.PEP, "3", T0), entry(ListId.PEP, "p1", "Fulano de Tal"));

        assertThat(store.activeVersions()).isEqualTo(Map.of(ListId.CEIS, second, ListId.PEP, other));
        assertThat(store.versions(ListId.CEIS)).containsExactly(second, first);
        assertThat(store.entries(first.id())).extracting(ListEntry::entryId).containsExactly("c1");
        assertThat(store.entries(second.id())).extracting(ListEntry::entryId).containsExactly("c2");

        store.activate(first);
        assertThat(store.activeVersions().get(ListId.CEIS)).isEqualTo(first);
    }

    @Test
    void aDiscardedStagedVersion_leavesTheActiveOneUntouched() {
        ListVersion active = imported(version(ListId.OFAC_SDN, "a", T0), entry(ListId.OFAC_SDN, "1", "Kept Name"));
        ListVersionId refused = new ListVersionId(UUID.randomUUID());
        store.stage(refused, ListId.OFAC_SDN, List.of(new ListRecord.Entry(entry(ListId.OFAC_SDN, "2", "Half Read"))));

        store.discard(refused);

        assertThat(store.activeVersions()).isEqualTo(Map.of(ListId.OFAC_SDN, active));
        assertThat(store.entries(refused)).isEmpty();
        assertThat(store.entries(active.id())).extracting(ListEntry::entryId).containsExactly("1");
    }

    @Test
    void receitaRows_areFoundByCnpjAndRoot_inTheirVersion() {
        ListVersion v = version(ListId.RECEITA_CNPJ, "r", T0);
        CnpjEstablishment est = new CnpjEstablishment("11222333000181", RegistryStatus.SUSPENSA,
                Option.of(LocalDate.of(2020, 1, 2)), Option.none());
        CnpjCompany company = new CnpjCompany("11222333", "EMPRESA EXEMPLO LTDA");
        store.stage(v.id(), v.list(), List.of(new ListRecord.Establishment(est), new ListRecord.Company(company)));
        assertThat(store.establishment(v.id(), est.cnpj())).isEmpty();

        store.activate(v);

        assertThat(store.establishment(v.id(), est.cnpj())).contains(est);
        assertThat(store.company(v.id(), "11222333")).contains(company);
        assertThat(store.establishment(v.id(), "33444555000181")).isEmpty();
        assertThat(store.company(v.id(), "33444555")).isEmpty();
    }

    private ListVersion imported(ListVersion v, ListEntry... entries) {
        store.stage(v.id(), v.list(), java.util.Arrays.stream(entries).<ListRecord>map(ListRecord.Entry::new).toList());
        store.activate(v);
        return v;
    }

    private static ListVersion version(ListId list, String seed, Instant importedAt) {
        return new ListVersion(new ListVersionId(UUID.randomUUID()), list, seed.repeat(64).substring(0, 64), 1,
                Option.of(importedAt.minusSeconds(3_600)), importedAt);
    }

    private static ListEntry entry(ListId list, String id, String name) {
        return new ListEntry(list, id, EntryKind.PERSON, name, List.of(name + " Alias"), List.of(), List.of(),
                Map.of("program", "TEST"));
    }
}
