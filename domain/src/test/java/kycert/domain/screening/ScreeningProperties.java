package kycert.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kycert.domain.document.Cnpj;
import kycert.domain.document.Cpf;
import kycert.domain.document.Document;
import kycert.domain.document.DocumentArbitraries.ValidCnpj;
import kycert.domain.document.DocumentArbitraries.ValidCpf;
import kycert.domain.document.DocumentArbitraries.ValidDocument;
import kycert.domain.screening.ScreeningArbitraries.AnyNames;
import kycert.domain.screening.ScreeningArbitraries.NameWords;
import kycert.domain.screening.ScreeningArbitraries.SanctionsEntries;
import kycert.domain.screening.ScreeningArbitraries.Thresholds;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class ScreeningProperties {

    // --- the name score -------------------------------------------------------------------------

    @Property(tries = 300)
    void score_liesBetweenZeroAndOne(@ForAll(supplier = AnyNames.class) String a, @ForAll(supplier = AnyNames.class) String b) {
        assertThat(score(a, b)).isBetween(0.0, 1.0);
    }

    @Property
    void score_isSymmetric(@ForAll(supplier = AnyNames.class) String a, @ForAll(supplier = AnyNames.class) String b) {
        assertThat(score(a, b)).isEqualTo(score(b, a));
    }

    @Property
    void score_ignoresCaseAccentsPunctuationOrderAndParticles(@ForAll("writtenTwice") List<String> written,
                                                             @ForAll(supplier = AnyNames.class) String other) {
        assertThat(score(written.get(0), written.get(1))).isEqualTo(1.0);
        assertThat(score(written.get(0), other)).isEqualTo(score(written.get(1), other));
    }

    @Provide
    Arbitrary<List<String>> writtenTwice() {
        return new NameWords().get().flatMap(words -> Combinators.combine(Arbitraries.just(String.join(" ", words)),
                ScreeningArbitraries.writtenDifferently(words)).as(List::of));
    }

    @Property
    void jaroWinkler_isSymmetricInZeroToOneAndOneOnlyForEqualWords(@ForAll("words") String a, @ForAll("words") String b) {
        double s = JaroWinkler.similarity(a, b);
        assertThat(s).isBetween(0.0, 1.0).isEqualTo(JaroWinkler.similarity(b, a));
        assertThat(s == 1.0).isEqualTo(a.equals(b));
    }

    @Property
    void oneTypoAnywhere_keepsTwoWordsNeighbours(@ForAll("typoPairs") List<String> pair) {
        assertThat(TypoNeighbours.share(pair.get(0), pair.get(1))).isTrue();
        long[] keys = TypoNeighbours.keys(pair.get(1));
        assertThat(java.util.Arrays.stream(TypoNeighbours.keys(pair.get(0))).anyMatch(k -> java.util.Arrays.stream(keys).anyMatch(x -> x == k)))
                .isTrue();
    }

    @Provide
    Arbitrary<List<String>> typoPairs() {
        return words().filter(w -> w.length() >= 3)
                .flatMap(w -> ScreeningArbitraries.typo(w).map(t -> List.of(w, t)));
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcdeilmnorsu").ofMinLength(1).ofMaxLength(9);
    }

    // --- documents ------------------------------------------------------------------------------

    @Property(tries = 300)
    void theSubjectsFullDocument_alwaysHitsWithScoreOne(@ForAll(supplier = SanctionsEntries.class) ListEntry entry,
                                                        @ForAll(supplier = ValidDocument.class) Document doc,
                                                        @ForAll(supplier = AnyNames.class) String name) {
        ListEntry carrying = withDocuments(entry, List.of(doc.value()), entry.maskedCpfs());
        List<Hit> hits = screen(carrying, new ScreeningSubject(doc, Option.of(name)), MatchThreshold.DEFAULT);
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.score()).isEqualTo(1.0);
            assertThat(hit.matchedOn()).isEqualTo(Set.of(MatchedOn.DOCUMENT));
        });
    }

    @Property(tries = 300)
    void anotherDocumentOfTheSubjectsType_neverLetsTheNameAloneHit(@ForAll(supplier = SanctionsEntries.class) ListEntry entry,
                                                                   @ForAll(supplier = ValidDocument.class) Document doc,
                                                                   @ForAll(supplier = ValidDocument.class) Document other,
                                                                   @ForAll(supplier = Thresholds.class) MatchThreshold t) {
        Assume.that(other.getClass() == doc.getClass() && !other.equals(doc));
        ListEntry homonym = withDocuments(entry, List.of(other.value()), entry.maskedCpfs());
        assertThat(screen(homonym, new ScreeningSubject(doc, Option.of(entry.name())), t)).isEmpty();
    }

    @Property(tries = 300)
    void aMaskedCpfShowingOtherDigits_neverHits(@ForAll(supplier = SanctionsEntries.class) ListEntry entry,
                                               @ForAll(supplier = ValidCpf.class) Cpf cpf,
                                               @ForAll("sixDigits") String shown,
                                               @ForAll(supplier = Thresholds.class) MatchThreshold t) {
        Assume.that(!shown.equals(DocumentEvidence.visibleDigits(cpf)));
        ListEntry masked = withDocuments(entry, List.of(), List.of(shown));
        assertThat(screen(masked, new ScreeningSubject(cpf, Option.of(entry.name())), t)).isEmpty();
    }

    @Property(tries = 300)
    void aMaskedCpfShowingTheSubjectsDigits_hitsOnlyWithTheName(@ForAll(supplier = SanctionsEntries.class) ListEntry entry,
                                                               @ForAll(supplier = ValidCpf.class) Cpf cpf,
                                                               @ForAll(supplier = AnyNames.class) String name) {
        ListEntry masked = withDocuments(entry, List.of(), List.of(DocumentEvidence.visibleDigits(cpf)));
        List<Hit> hits = screen(masked, new ScreeningSubject(cpf, Option.of(name)), MatchThreshold.DEFAULT);
        boolean nameMatches = entry.kind() != EntryKind.ORGANIZATION
                && NameMatch.best(NameNormalizer.normalize(name), IndexedEntry.of(masked))
                        .exists(m -> MatchThreshold.DEFAULT.admits(m.score()));
        assertThat(hits).hasSize(nameMatches ? 1 : 0);
        hits.forEach(hit -> assertThat(hit.matchedOn()).contains(MatchedOn.MASKED_DOCUMENT).hasSize(2));
        assertThat(screen(masked, new ScreeningSubject(cpf, Option.none()), MatchThreshold.DEFAULT)).isEmpty();
    }

    @Provide
    Arbitrary<String> sixDigits() {
        return Arbitraries.strings().numeric().ofLength(6);
    }

    // --- the index finds what a full scan finds -------------------------------------------------

    @Property(tries = 200)
    void theIndex_findsExactlyTheHitsOfAFullScan(@ForAll("lists") List<ListEntry> entries,
                                                 @ForAll("subjects") ScreeningSubject subject,
                                                 @ForAll(supplier = Thresholds.class) MatchThreshold t) {
        List<Hit> hits = ScreeningIndex.build(ListId.OFAC_SDN, entries).screen(subject, t);
        Statistics.label("hits").collect(hits.isEmpty() ? "none" : hits.stream().allMatch(h -> h.matchedOn().contains(MatchedOn.DOCUMENT)) ? "documents" : "names");
        assertThat(hits).isEqualTo(fullScan(entries, subject, t));
    }

    @Provide
    Arbitrary<List<ListEntry>> lists() {
        return new SanctionsEntries().get().list().ofMinSize(1).ofMaxSize(150);
    }

    @Provide
    Arbitrary<ScreeningSubject> subjects() {
        Arbitrary<Option<String>> names = Arbitraries.oneOf(
                new NameWords().get().flatMap(ScreeningArbitraries::spelledLike).map(Option::of),
                Arbitraries.just(Option.none()));
        return Combinators.combine(new ValidDocument().get(), names).as(ScreeningSubject::new);
    }

    @Property(tries = 100)
    void theIndex_findsEntriesSpelledLikeTheSubject(@ForAll("lists") List<ListEntry> noise,
                                                    @ForAll("spelledTwice") List<String> names,
                                                    @ForAll(supplier = ValidCnpj.class) Cnpj cnpj,
                                                    @ForAll(supplier = Thresholds.class) MatchThreshold t) {
        List<ListEntry> entries = new ArrayList<>(noise);
        entries.add(new ListEntry(ListId.OFAC_SDN, "target", EntryKind.OTHER, names.get(1), List.of(), List.of(), List.of(), Map.of()));
        ScreeningSubject subject = new ScreeningSubject(cnpj, Option.of(names.get(0)));
        List<Hit> hits = ScreeningIndex.build(ListId.OFAC_SDN, entries).screen(subject, t);
        Statistics.label("target found").collect(hits.stream().anyMatch(h -> h.entryId().equals("target")));
        assertThat(hits).isEqualTo(fullScan(entries, subject, t));
    }

    @Provide
    Arbitrary<List<String>> spelledTwice() {
        return new NameWords().get().flatMap(words -> Combinators.combine(Arbitraries.just(String.join(" ", words)),
                ScreeningArbitraries.spelledLike(words)).as(List::of));
    }

    // --- helpers --------------------------------------------------------------------------------

    private static double score(String a, String b) {
        return NameSimilarity.score(NameNormalizer.normalize(a), NameNormalizer.normalize(b));
    }

    private static List<Hit> screen(ListEntry entry, ScreeningSubject subject, MatchThreshold t) {
        return ScreeningIndex.build(entry.list(), List.of(entry)).screen(subject, t);
    }

    static List<Hit> fullScan(List<ListEntry> entries, ScreeningSubject subject, MatchThreshold t) {
        ScreeningQuery query = ScreeningQuery.of(subject);
        List<Hit> hits = new ArrayList<>();
        for (ListEntry e : entries) EntryDecision.decide(query, IndexedEntry.of(e), t).forEach(hits::add);
        hits.sort(Hits.BEST_FIRST);
        return hits;
    }

    private static ListEntry withDocuments(ListEntry e, List<String> documents, List<String> masked) {
        return new ListEntry(e.list(), e.entryId(), e.kind(), e.name(), e.aliases(), documents, masked, e.attributes());
    }

}
