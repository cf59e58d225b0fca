package kycert.domain.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kycert.domain.document.Cnpj;
import kycert.domain.document.Cpf;
import kycert.domain.document.Document;
import kycert.domain.template.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionRulesTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "pf, 529.982.247-25, APPROVED, LOW",
            "pj, 11.222.333/0001-81, APPROVED, LOW",
            "pj, 12.ABC.345/01DE-35, APPROVED, LOW",
            "pf, 111.444.777-35, PENDING_REVIEW, HIGH",
            "pf, 222.333.444-05, BLOCKED, CRITICAL",
            "pj, 33.444.555/0001-81, BLOCKED, CRITICAL",
            "pj, 55.666.777/0001-81, PENDING_REVIEW, HIGH",
            "pf, 444.555.666-19, PARTIAL, MEDIUM",
    })
    void sandboxFixturesGiveTheContractsDecisions_whateverTheTemplate(String type, String doc, Decision decision, RiskBand band) {
        Document d = type.equals("pf") ? Cpf.parse(doc).get() : Cnpj.parse(doc).get();
        for (List<Source> sources : List.of(List.of(Source.REGISTRY_STATUS), List.of(Source.SANCTIONS), List.of(Source.PEP, Source.CEIS),
                List.of(Source.values()))) {
            Verdict v = DecisionRules.decide(SandboxBureau.answer(sources, d));
            assertThat(v.decision()).as("%s with %s", doc, sources).isEqualTo(decision);
            assertThat(v.riskBand()).isEqualTo(band);
            assertThat(v.decision() == Decision.APPROVED).isEqualTo(v.reasons().isEmpty());
        }
    }

    @ParameterizedTest
    @CsvSource({"777.888.999-41, true", "529.982.247-25, false"})
    void onlyTheFailingFixtureFailsToStart(String doc, boolean fails) {
        assertThat(SandboxBureau.failsToStart(Cpf.parse(doc).get())).isEqualTo(fails);
    }

    @ParameterizedTest
    @CsvSource({"SANCTIONS, BLOCKED", "CEIS, BLOCKED", "PEP, PENDING_REVIEW", "REGISTRY_STATUS, PENDING_REVIEW"})
    void aHitDecides_andBlockingBeatsAnErrorWhichBeatsReview(Source hit, Decision expected) {
        SourceResult h = new SourceResult(hit, SourceStatus.INVALID, 1, java.util.Map.of(), "{}");
        SourceResult err = new SourceResult(Source.PEP, SourceStatus.ERROR, 1, java.util.Map.of(), "{}");
        assertThat(DecisionRules.decide(List.of(h)).decision()).isEqualTo(expected);
        Decision withError = DecisionRules.decide(List.of(h, err)).decision();
        assertThat(withError).isEqualTo(expected == Decision.BLOCKED ? Decision.BLOCKED : Decision.PARTIAL);
    }

    @ParameterizedTest
    @CsvSource({"INVALID, ERROR, BLOCKED", "VALID, ERROR, PARTIAL", "VALID, VALID, PENDING_REVIEW"})
    void aMissingName_needsReview_afterABlockAndAfterAnError(SourceStatus sanctions, SourceStatus pep, Decision expected) {
        BureauAnswer answer = new BureauAnswer(List.of(new SourceResult(Source.SANCTIONS, sanctions, 1, java.util.Map.of(), "{}"),
                new SourceResult(Source.PEP, pep, 1, java.util.Map.of(), "{}")), List.of(BureauAnswer.SUBJECT_NAME_MISSING));

        Verdict v = DecisionRules.decide(answer);

        assertThat(v.decision()).isEqualTo(expected);
        if (expected != Decision.BLOCKED) assertThat(v.reasons()).contains(BureauAnswer.SUBJECT_NAME_MISSING);
    }

    @org.junit.jupiter.api.Test
    void aCompletedRunNeverChangesAgain() {
        Run run = Run.queued(new RunId(java.util.UUID.randomUUID()), new kycert.domain.tenant.TenantId(java.util.UUID.randomUUID()),
                kycert.domain.apikey.Environment.TEST, new kycert.domain.template.TemplateId(java.util.UUID.randomUUID()),
                RunRequest.of("t", "pf", "529.982.247-25", null, null, null, null).get(), java.time.Instant.EPOCH);
        Run done = run.complete(List.of(), java.time.Instant.EPOCH.plusSeconds(1)).get();
        assertThat(done.complete(List.of(), java.time.Instant.EPOCH.plusSeconds(2))).isEmpty();
        assertThat(done.fail(java.time.Instant.EPOCH.plusSeconds(2))).isEmpty();
        assertThat(done.start()).isEmpty();
        assertThat(done.asAccepted().status()).isEqualTo(RunStatus.QUEUED);
        assertThat(done.asAccepted().verdict()).isEmpty();
    }
}
