package kycert.adapters.memory.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kycert.adapters.memory.InMemoryAdapters;
import kycert.application.Kycert;
import kycert.application.ScreeningSettings;
import kycert.application.port.in.CreateApiKeyCommand;
import kycert.application.port.in.CreateRunCommand;
import kycert.application.port.in.CreateTemplateCommand;
import kycert.application.port.in.ImportListUseCase.Imported;
import kycert.application.port.out.Integrations;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.SecretHasher;
import kycert.domain.idempotency.RequestFingerprint;
import kycert.domain.run.Decision;
import kycert.domain.run.Run;
import kycert.domain.run.RunRequest;
import kycert.domain.run.SourceResult;
import kycert.domain.run.SourceStatus;
import kycert.domain.screening.CnpjCompany;
import kycert.domain.screening.CnpjEstablishment;
import kycert.domain.screening.EntryKind;
import kycert.domain.screening.ListEntry;
import kycert.domain.screening.ListFileFault;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;
import kycert.domain.screening.RegistryStatus;
import kycert.domain.template.Source;
import kycert.domain.template.Template;
import kycert.domain.tenant.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live runs are screened against the imported lists, never against the sandbox fixtures (CONTRACT §8), driven step
 * by step over the in-memory stores with a clock the test moves.
 */
class LiveScreeningTest {
    private static final byte[] SECRET = "live-screening-test-secret-01234".getBytes(StandardCharsets.UTF_8);
    /** The sandbox's sanctioned fixture: in live it is just a CPF. */
    private static final String FIXTURE_SANCTIONED_CPF = "222.333.444-05";
    private static final String CLEAN_CPF = "529.982.247-25";
    private static final String CNPJ = "11.222.333/0001-81";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private InMemoryAdapters stores;
    private Kycert kycert;
    private Tenant tenant;
    private Template pf;
    private Template pj;
    private ApiKey live;
    private ApiKey sandbox;

    @BeforeEach
    void setUp() {
        stores = InMemoryAdapters.createAll();
        kycert = node();
        tenant = kycert.tenants().create("Corretora Viva", 100L).get();
        pf = kycert.templates().create(new CreateTemplateCommand(tenant.id().toString(), "pf", "pf", null, 1)).get();
        pj = kycert.templates().create(new CreateTemplateCommand(tenant.id().toString(), "pj", "pj", null, 1)).get();
        live = key("live");
        sandbox = key("test");
    }

    private Kycert node() {
        return new Kycert(stores.ports(), stores.management(), Integrations.offline(), new SecretHasher(SECRET), clock,
                new ScreeningSettings(Duration.ofHours(48), Duration.ofSeconds(2)));
    }

    private ApiKey key(String environment) {
        String secret = kycert.apiKeys().create(new CreateApiKeyCommand(tenant.id().toString(), environment, environment,
                List.of("runs:write", "runs:read", "detail:read"), null, null)).get().secret().value();
        return kycert.authenticate().authenticate(secret).get();
    }

    private Run run(Kycert node, ApiKey key, Template template, String doc, String name) {
        var request = RunRequest.of(template.id().toString(), template.subjectType().wire(), doc, name, null, null, null);
        Run accepted = node.createRun().create(new CreateRunCommand(key, Option.none(),
                RequestFingerprint.ofCanonical("{\"doc\":\"" + doc + "\",\"n\":" + System.nanoTime() + "}"), request))
                .getOrElseThrow(e -> new AssertionError(e.toString())).run();
        while (node.processRuns().processNext()) { }
        return stores.ports().runs().findById(accepted.id()).get();
    }

    private Run run(ApiKey key, Template template, String doc, String name) {
        return run(kycert, key, template, doc, name);
    }

    private static SourceResult source(Run run, Source source) {
        return run.sources().stream().filter(s -> s.source() == source).findFirst().orElseThrow();
    }

    private Imported imported(ListId list, ListRecord... records) {
        return kycert.importList().importList(list, RecordsFile.of(list.wire() + ".csv", List.of(records)))
                .getOrElseThrow(f -> new AssertionError(f.message()));
    }

    private static ListRecord person(ListId list, String id, String name, String... aliases) {
        return new ListRecord.Entry(new ListEntry(list, id, EntryKind.PERSON, name, List.of(aliases), List.of(), List.of(),
                Map.of("program", "SDGT")));
    }

    private static ListRecord company(ListId list, String id, String name, String cnpj) {
        return new ListRecord.Entry(new ListEntry(list, id, EntryKind.ORGANIZATION, name, List.of(), List.of(cnpj), List.of(), Map.of()));
    }

    /** Every list a PF run asks (sanctions and PEP), each naming someone else. */
    private void importPersonListsNamingOthers() {
        imported(ListId.OFAC_SDN, person(ListId.OFAC_SDN, "1", "Somebody Else Entirely"));
        imported(ListId.UN_SC, person(ListId.UN_SC, "QDi.1", "Another Listed Person"));
        imported(ListId.EU_FSF, person(ListId.EU_FSF, "eu-1", "Third Listed Person"));
        imported(ListId.PEP, person(ListId.PEP, "pep-1", "Politico Exposto Silva"));
    }

    @Test
    void theSandboxSanctionedCpf_inLive_withNothingImported_isPartial_notBlockedByTheFixture_norApproved() {
        Run run = run(live, pf, FIXTURE_SANCTIONED_CPF, "Maria Souza");

        assertThat(run.verdict().get().decision()).isEqualTo(Decision.PARTIAL);
        assertThat(run.verdict().get().reasons()).contains("sanctions_unavailable", "pep_unavailable");
        SourceResult sanctions = source(run, Source.SANCTIONS);
        assertThat(sanctions.status()).isEqualTo(SourceStatus.ERROR);
        assertThat(sanctions.checks()).containsEntry("error", "list_unavailable").containsEntry("ofac_sdn", "list_unavailable");
        assertThat(sanctions.raw()).doesNotContain("OFAC-SDN").contains("\"hits\":[]");
        assertThat(source(run, Source.REGISTRY_STATUS).status()).isEqualTo(SourceStatus.NO_DATA);
    }

    @Test
    void aSubjectNamedOnAnImportedSanctionsList_isBlocked_withTheHitExplained() {
        importPersonListsNamingOthers();
        Imported ofac = imported(ListId.OFAC_SDN, person(ListId.OFAC_SDN, "6908", "AL-ZAWAHIRI, Ayman", "Ayman al-Zawahiry"));

        Run run = run(live, pf, FIXTURE_SANCTIONED_CPF, "Ayman Al Zawahiri");

        assertThat(run.verdict().get().decision()).isEqualTo(Decision.BLOCKED);
        assertThat(run.verdict().get().reasons()).containsExactly("sanctions_match");
        SourceResult sanctions = source(run, Source.SANCTIONS);
        assertThat(sanctions.status()).isEqualTo(SourceStatus.INVALID);
        assertThat(sanctions.checks()).containsEntry("hits", "1");
        String version = ofac.version().id().wire();
        assertThat(sanctions.raw())
                .contains("\"list\":\"ofac_sdn\",\"version_id\":\"" + version + "\"")
                .contains("\"entry_id\":\"6908\"", "\"matched_name\":\"AL-ZAWAHIRI, Ayman\"", "\"score\":1.0",
                        "\"matched_on\":[\"name\"]", "\"list_version\":\"" + version + "\"");
    }

    @Test
    void aTemplatesMatchThreshold_decidesWhetherANearName_isAHit() {
        importPersonListsNamingOthers();
        imported(ListId.OFAC_SDN, person(ListId.OFAC_SDN, "6908", "AL-ZAWAHIRI, Ayman"));
        Template exactOnly = kycert.templates().create(new CreateTemplateCommand(tenant.id().toString(), "exact names", "pf",
                null, 1, 1.0)).get();

        // one letter off: a typo the default threshold (0.90) catches, and a threshold of 1.0 lets through
        Run atDefault = run(live, pf, CLEAN_CPF, "Ayman Al Zawahiry");
        Run exact = run(live, exactOnly, CLEAN_CPF, "Ayman Al Zawahiry");

        assertThat(atDefault.verdict().get().decision()).isEqualTo(Decision.BLOCKED);
        assertThat(exact.verdict().get().decision()).isEqualTo(Decision.APPROVED);
        assertThat(source(exact, Source.SANCTIONS).raw()).contains("\"hits\":[]");
    }

    @Test
    void aCleanPerson_withEveryListCurrent_isApproved() {
        importPersonListsNamingOthers();

        Run run = run(live, pf, CLEAN_CPF, "Joana Pereira Lima");

        assertThat(run.verdict().get().decision()).isEqualTo(Decision.APPROVED);
        assertThat(source(run, Source.SANCTIONS).status()).isEqualTo(SourceStatus.VALID);
        assertThat(source(run, Source.PEP).status()).isEqualTo(SourceStatus.VALID);
        assertThat(source(run, Source.REGISTRY_STATUS).checks()).containsEntry("reason", "no_connector_configured");
    }

    @Test
    void aPersonWithoutAName_isScreenedByDocumentOnly_andNeedsReview() {
        importPersonListsNamingOthers();

        Run run = run(live, pf, CLEAN_CPF, null);

        assertThat(run.verdict().get().decision()).isEqualTo(Decision.PENDING_REVIEW);
        assertThat(run.verdict().get().reasons()).containsExactly("subject_name_missing");
    }

    @Test
    void aPersonWithoutAName_whoseDocumentIsListed_isBlocked() {
        importPersonListsNamingOthers();
        imported(ListId.UN_SC, new ListRecord.Entry(new ListEntry(ListId.UN_SC, "QDi.9", EntryKind.PERSON, "Fulano Listado",
                List.of(), List.of("22233344405"), List.of(), Map.of())));

        Run run = run(live, pf, FIXTURE_SANCTIONED_CPF, null);

        assertThat(run.verdict().get().decision()).isEqualTo(Decision.BLOCKED);
        assertThat(source(run, Source.SANCTIONS).raw()).contains("\"matched_on\":[\"document\"]");
    }

    @Test
    void aPersonWithoutAName_withAListMissing_isPartial_andSaysTheNameIsMissing() {
        Run run = run(live, pf, CLEAN_CPF, null);

        assertThat(run.verdict().get().decision()).isEqualTo(Decision.PARTIAL);
        assertThat(run.verdict().get().reasons()).contains("sanctions_unavailable", "subject_name_missing");
    }

    @Test
    void aListOlderThanItsMaximumAge_cannotVouchForACleanResult_butItsHitsStillCount() {
        importPersonListsNamingOthers();
        imported(ListId.OFAC_SDN, person(ListId.OFAC_SDN, "6908", "AL-ZAWAHIRI, Ayman"));
        clock.advance(Duration.ofHours(49));

        Run clean = run(live, pf, CLEAN_CPF, "Joana Pereira Lima");
        Run listed = run(live, pf, CLEAN_CPF, "Ayman al-Zawahiri");

        assertThat(clean.verdict().get().decision()).isEqualTo(Decision.PARTIAL);
        assertThat(source(clean, Source.SANCTIONS).checks()).containsEntry("error", "list_stale");
        assertThat(listed.verdict().get().decision()).isEqualTo(Decision.BLOCKED);
    }

    @Test
    void aCompany_isScreenedUnderItsRazaoSocial_whenTheRequestHasNoName() {
        imported(ListId.RECEITA_CNPJ,
                new ListRecord.Establishment(new CnpjEstablishment("11222333000181", RegistryStatus.ATIVA, Option.none(), Option.none())),
                new ListRecord.Company(new CnpjCompany("11222333", "CONSTRUTORA EXEMPLO LTDA")));
        importPersonListsNamingOthers();
        imported(ListId.CNEP, company(ListId.CNEP, "cnep-1", "Construtora Exemplo", "99888777000100"));
        imported(ListId.CEIS, company(ListId.CEIS, "ceis-1", "Outra Empresa SA", "12345678000195"));
        imported(ListId.CEPIM, company(ListId.CEPIM, "cepim-1", "Mais Uma Empresa", "12345678000276"));

        Run run = run(live, pj, CNPJ, null);

        assertThat(source(run, Source.REGISTRY_STATUS).status()).isEqualTo(SourceStatus.VALID);
        // the CNEP row carries another CNPJ: a homonym, never a hit on the name alone
        assertThat(source(run, Source.CEIS).status()).isEqualTo(SourceStatus.VALID);
        assertThat(run.verdict().get().decision()).isEqualTo(Decision.APPROVED);

        imported(ListId.CNEP, company(ListId.CNEP, "cnep-2", "Construtora Exemplo", "11222333000181"),
                new ListRecord.Entry(new ListEntry(ListId.CNEP, "cnep-3", EntryKind.ORGANIZATION, "Construtora Exemplo Ltda.",
                        List.of(), List.of(), List.of(), Map.of())));
        Run blocked = run(live, pj, CNPJ, null);
        assertThat(blocked.verdict().get().decision()).isEqualTo(Decision.BLOCKED);
        assertThat(source(blocked, Source.CEIS).raw()).contains("\"entry_id\":\"cnep-2\"", "\"entry_id\":\"cnep-3\"");
    }

    @Test
    void aCompanyWhoseRegistryStatusIsIrregular_needsReview() {
        imported(ListId.RECEITA_CNPJ,
                new ListRecord.Establishment(new CnpjEstablishment("11222333000181", RegistryStatus.SUSPENSA, Option.none(), Option.none())));
        importPersonListsNamingOthers();
        for (ListId list : List.of(ListId.CEIS, ListId.CNEP, ListId.CEPIM)) imported(list, company(list, "x", "Outra Empresa", "12345678000195"));

        Run run = run(live, pj, CNPJ, "Construtora Exemplo");

        assertThat(source(run, Source.REGISTRY_STATUS).checks()).containsEntry("registry_status", "SUSPENSA");
        assertThat(run.verdict().get().decision()).isEqualTo(Decision.PENDING_REVIEW);
        assertThat(run.verdict().get().reasons()).containsExactly("registry_status_irregular");
    }

    @Test
    void sandboxRuns_keepTheirFixtures_whateverIsImported() {
        importPersonListsNamingOthers();

        assertThat(run(sandbox, pf, FIXTURE_SANCTIONED_CPF, "Maria Souza").verdict().get().decision()).isEqualTo(Decision.BLOCKED);
        assertThat(run(sandbox, pf, CLEAN_CPF, null).verdict().get().decision()).isEqualTo(Decision.APPROVED);
    }

    @Test
    void aRefusedFile_leavesTheActiveVersionAsItWas() {
        Imported first = imported(ListId.OFAC_SDN, person(ListId.OFAC_SDN, "6908", "AL-ZAWAHIRI, Ayman"));
        List<ListRecord> next = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) next.add(person(ListId.OFAC_SDN, "n" + i, "Listed Person " + i));

        var refused = kycert.importList().importList(ListId.OFAC_SDN, RecordsFile.of("sdn.csv", next).cutAt(2_100));

        assertThat(refused.getLeft()).isEqualTo(new ListFileFault("sdn.csv", "line 2101", "the file ends in the middle of a record"));
        assertThat(refused.getLeft().message()).isEqualTo("sdn.csv, line 2101: the file ends in the middle of a record");
        assertThat(stores.ports().listVersions().activeVersions()).containsEntry(ListId.OFAC_SDN, first.version());
        assertThat(stores.ports().listVersions().versions(ListId.OFAC_SDN)).containsExactly(first.version());
    }

    @Test
    void theSameBytesAgain_giveTheExistingVersion() {
        ListRecord entry = person(ListId.OFAC_SDN, "6908", "AL-ZAWAHIRI, Ayman");
        Imported first = imported(ListId.OFAC_SDN, entry);
        clock.advance(Duration.ofMinutes(5));

        Imported again = imported(ListId.OFAC_SDN, entry);

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(first.version().rows()).isEqualTo(1);
        assertThat(first.version().publishedAt()).contains(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(stores.ports().listVersions().versions(ListId.OFAC_SDN)).hasSize(1);
    }

    @Test
    void anotherNode_screensWithANewlyActivatedVersion_withinItsRecheckInterval() {
        importPersonListsNamingOthers();
        Kycert otherNode = node();
        assertThat(run(otherNode, live, pf, CLEAN_CPF, "Ayman al-Zawahiri").verdict().get().decision()).isEqualTo(Decision.APPROVED);

        imported(ListId.OFAC_SDN, person(ListId.OFAC_SDN, "6908", "AL-ZAWAHIRI, Ayman"));
        assertThat(run(kycert, live, pf, CLEAN_CPF, "Ayman al-Zawahiri").verdict().get().decision())
                .as("the importing node at once").isEqualTo(Decision.BLOCKED);
        clock.advance(Duration.ofSeconds(2));

        assertThat(run(otherNode, live, pf, CLEAN_CPF, "Ayman al-Zawahiri").verdict().get().decision()).isEqualTo(Decision.BLOCKED);
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) { this.now = start; }

        void advance(Duration d) { now = now.plus(d); }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }
}
