package kycert.application.service;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kycert.application.port.out.BureauPort;
import kycert.application.port.out.ListVersionStorePort;
import kycert.domain.apikey.Environment;
import kycert.domain.document.Cnpj;
import kycert.domain.run.BureauAnswer;
import kycert.domain.run.SourceResult;
import kycert.domain.run.SourceStatus;
import kycert.domain.screening.CnpjEstablishment;
import kycert.domain.screening.Hit;
import kycert.domain.screening.ListFreshness;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListVersion;
import kycert.domain.screening.MatchThreshold;
import kycert.domain.screening.ScreeningSubject;
import kycert.domain.subject.Subject;
import kycert.domain.subject.SubjectType;
import kycert.domain.template.Source;

/**
 * Live runs' sources (CONTRACT §8), answered from the imported lists' active versions: sanctions (OFAC, UN, EU),
 * CEIS (CEIS, CNEP, and CEPIM for companies), PEP (people) and the registry status (Receita for companies; people
 * have no CPF connector yet, so NO_DATA). A hit counts whatever the list's age; without a hit, a list never imported
 * or older than its maximum age makes the source ERROR ({@code list_unavailable} / {@code list_stale}).
 */
public final class LiveBureau implements BureauPort {
    private final ListVersionStorePort store;
    private final ActiveLists lists;
    private final Clock clock;
    private final Duration maxAge;

    public LiveBureau(ListVersionStorePort store, ActiveLists lists, Clock clock, Duration maxAge) {
        this.store = store;
        this.lists = lists;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public BureauAnswer query(Environment environment, List<Source> sources, Subject subject, MatchThreshold threshold) {
        if (environment != Environment.LIVE) throw new IllegalArgumentException("the live bureau answers live runs only");
        ActiveLists.Snapshot snapshot = lists.current();
        Registry registry = subject.type() == SubjectType.PJ ? registry(snapshot, (Cnpj) subject.document()) : Registry.NONE;
        Option<String> name = subject.name().orElse(registry.legalName());
        ScreeningSubject screened = new ScreeningSubject(subject.document(), name);
        List<SourceResult> results = new ArrayList<>(sources.size());
        for (Source source : sources) {
            long started = System.nanoTime();
            results.add(switch (source) {
                case REGISTRY_STATUS -> registryStatus(subject, registry, started);
                case SANCTIONS -> screen(source, List.of(ListId.OFAC_SDN, ListId.UN_SC, ListId.EU_FSF), snapshot, screened, threshold, started);
                case CEIS -> screen(source, subject.type() == SubjectType.PJ
                        ? List.of(ListId.CEIS, ListId.CNEP, ListId.CEPIM) : List.of(ListId.CEIS, ListId.CNEP),
                        snapshot, screened, threshold, started);
                case PEP -> subject.type() == SubjectType.PF
                        ? screen(source, List.of(ListId.PEP), snapshot, screened, threshold, started)
                        : new SourceResult(source, SourceStatus.NO_DATA, elapsed(started), Map.of("pep", "not_applicable"),
                                "{\"reason\":\"the PEP list names people only\"}");
            });
        }
        List<String> review = subject.type() == SubjectType.PF && subject.name().isEmpty()
                ? List.of(BureauAnswer.SUBJECT_NAME_MISSING) : List.of();
        return new BureauAnswer(results, review);
    }

    private SourceResult screen(Source source, List<ListId> asked, ActiveLists.Snapshot snapshot, ScreeningSubject subject,
                                MatchThreshold threshold, long started) {
        List<ListVersion> used = new ArrayList<>();
        Map<ListId, ListFreshness> cannotVouch = new LinkedHashMap<>();
        List<Hit> hits = new ArrayList<>();
        Map<ListId, ListVersion> versionOf = new LinkedHashMap<>();
        for (ListId list : asked) {
            Option<ListVersion> active = snapshot.of(list);
            ListFreshness freshness = ListFreshness.of(active, clock.instant(), maxAge);
            if (freshness != ListFreshness.CURRENT) cannotVouch.put(list, freshness);
            for (ListVersion v : active) {
                used.add(v);
                versionOf.put(list, v);
                hits.addAll(lists.index(v).screen(subject, threshold));
            }
        }
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("lists", asked.stream().map(ListId::wire).collect(Collectors.joining(",")));
        checks.put("hits", Integer.toString(hits.size()));
        SourceStatus status;
        if (!hits.isEmpty()) {
            status = SourceStatus.INVALID;
        } else if (!cannotVouch.isEmpty()) {
            status = SourceStatus.ERROR;
            checks.put("error", cannotVouch.containsValue(ListFreshness.UNAVAILABLE)
                    ? ListFreshness.UNAVAILABLE.code() : ListFreshness.STALE.code());
        } else {
            status = SourceStatus.VALID;
        }
        cannotVouch.forEach((list, f) -> checks.put(list.wire(), f.code()));
        return new SourceResult(source, status, elapsed(started), checks, raw(used, cannotVouch, hits, versionOf));
    }

    private Registry registry(ActiveLists.Snapshot snapshot, Cnpj cnpj) {
        Option<ListVersion> active = snapshot.of(ListId.RECEITA_CNPJ);
        ListFreshness freshness = ListFreshness.of(active, clock.instant(), maxAge);
        if (active.isEmpty()) return new Registry(freshness, Option.none(), Option.none(), Option.none());
        ListVersion v = active.get();
        return new Registry(freshness, active, store.establishment(v.id(), cnpj.value()),
                store.company(v.id(), cnpj.value().substring(0, 8)).map(c -> c.legalName()));
    }

    private SourceResult registryStatus(Subject subject, Registry registry, long started) {
        if (subject.type() == SubjectType.PF) {
            return new SourceResult(Source.REGISTRY_STATUS, SourceStatus.NO_DATA, elapsed(started),
                    Map.of("registry", "cpf", "reason", "no_connector_configured"),
                    "{\"reason\":\"no CPF registry connector is configured\"}");
        }
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("registry", ListId.RECEITA_CNPJ.wire());
        String lists = registry.version().map(v -> "[" + listJson(v) + "]").getOrElse("[]");
        Option<CnpjEstablishment> row = registry.establishment();
        SourceStatus status;
        if (row.isDefined() && !row.get().status().regular()) {
            status = SourceStatus.INVALID;
        } else if (registry.freshness() != ListFreshness.CURRENT) {
            status = SourceStatus.ERROR;
            checks.put("error", registry.freshness().code());
        } else {
            status = row.isDefined() ? SourceStatus.VALID : SourceStatus.NO_DATA;
        }
        row.forEach(r -> checks.put("registry_status", r.status().name()));
        String situacao = row.map(r -> JsonText.quote(r.status().name())).getOrElse("null");
        return new SourceResult(Source.REGISTRY_STATUS, status, elapsed(started), checks,
                "{\"situacao\":" + situacao + ",\"lists\":" + lists + "}");
    }

    private static String raw(List<ListVersion> used, Map<ListId, ListFreshness> cannotVouch, List<Hit> hits,
                              Map<ListId, ListVersion> versionOf) {
        StringBuilder b = new StringBuilder("{\"lists\":[");
        b.append(used.stream().map(LiveBureau::listJson).collect(Collectors.joining(",")));
        b.append("],\"unavailable\":[");
        b.append(cannotVouch.entrySet().stream()
                .map(e -> "{\"list\":" + JsonText.quote(e.getKey().wire()) + ",\"reason\":" + JsonText.quote(e.getValue().code()) + "}")
                .collect(Collectors.joining(",")));
        b.append("],\"hits\":[");
        b.append(hits.stream().map(h -> hitJson(h, versionOf.get(h.list()))).collect(Collectors.joining(",")));
        return b.append("]}").toString();
    }

    private static String listJson(ListVersion v) {
        return "{\"list\":" + JsonText.quote(v.list().wire()) + ",\"version_id\":" + JsonText.quote(v.id().wire())
                + ",\"imported_at\":" + JsonText.quote(v.importedAt().toString()) + "}";
    }

    private static String hitJson(Hit h, ListVersion version) {
        return "{\"list\":" + JsonText.quote(h.list().wire()) + ",\"entry_id\":" + JsonText.quote(h.entryId())
                + ",\"matched_name\":" + JsonText.quote(h.matchedName()) + ",\"score\":" + h.score()
                + ",\"matched_on\":[" + h.matchedOn().stream().sorted().map(m -> JsonText.quote(m.wire())).collect(Collectors.joining(","))
                + "],\"list_version\":" + JsonText.quote(version.id().wire()) + "}";
    }

    private static long elapsed(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** What Receita's active version says about a company, read once per run. */
    private record Registry(ListFreshness freshness, Option<ListVersion> version, Option<CnpjEstablishment> establishment,
                            Option<String> legalName) {
        static final Registry NONE = new Registry(ListFreshness.UNAVAILABLE, Option.none(), Option.none(), Option.none());
    }
}
