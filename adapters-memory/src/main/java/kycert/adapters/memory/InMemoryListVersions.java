package kycert.adapters.memory;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kycert.application.port.out.ListVersionStorePort;
import kycert.domain.screening.CnpjCompany;
import kycert.domain.screening.CnpjEstablishment;
import kycert.domain.screening.ListEntry;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;
import kycert.domain.screening.ListVersion;
import kycert.domain.screening.ListVersionId;

/** List versions in memory: each version's records in its own maps, every activated version kept until the process ends. */
public final class InMemoryListVersions implements ListVersionStorePort {
    private final Map<ListVersionId, Contents> contents = new ConcurrentHashMap<>();
    private final Map<ListVersionId, ListVersion> versions = new ConcurrentHashMap<>();
    private final Map<ListId, ListVersion> active = new ConcurrentHashMap<>();

    @Override
    public void stage(ListVersionId version, ListId list, List<ListRecord> batch) {
        if (versions.containsKey(version)) throw new IllegalStateException("version " + version + " is already activated");
        Contents c = contents.computeIfAbsent(version, v -> new Contents());
        synchronized (c) {
            for (ListRecord r : batch) {
                switch (r) {
                    case ListRecord.Entry e -> {
                        if (e.entry().list() != list) throw new IllegalArgumentException("entry of " + e.entry().list() + " staged for " + list);
                        c.entries.add(e.entry());
                    }
                    case ListRecord.Establishment e -> c.establishments.put(e.establishment().cnpj(), e.establishment());
                    case ListRecord.Company co -> c.companies.put(co.company().root(), co.company());
                }
            }
        }
    }

    @Override
    public synchronized void activate(ListVersion version) {
        contents.computeIfAbsent(version.id(), v -> new Contents());
        versions.put(version.id(), version);
        active.put(version.list(), version);
    }

    @Override
    public synchronized void discard(ListVersionId version) {
        if (!versions.containsKey(version)) contents.remove(version);
    }

    @Override
    public Option<ListVersion> findBySha256(ListId list, String sha256) {
        return Option.ofOptional(versions.values().stream()
                .filter(v -> v.list() == list && v.sha256().equals(sha256)).findFirst());
    }

    @Override
    public Map<ListId, ListVersion> activeVersions() {
        return Map.copyOf(active);
    }

    @Override
    public List<ListVersion> versions(ListId list) {
        return versions.values().stream().filter(v -> v.list() == list)
                .sorted(Comparator.comparing(ListVersion::importedAt).thenComparing(v -> v.id().value()).reversed())
                .toList();
    }

    @Override
    public List<ListEntry> entries(ListVersionId version) {
        if (!versions.containsKey(version)) return List.of();
        Contents c = contents.get(version);
        synchronized (c) {
            return List.copyOf(c.entries);
        }
    }

    @Override
    public Option<CnpjEstablishment> establishment(ListVersionId version, String cnpj) {
        return activated(version).flatMap(c -> Option.of(c.establishments.get(cnpj)));
    }

    @Override
    public Option<CnpjCompany> company(ListVersionId version, String root) {
        return activated(version).flatMap(c -> Option.of(c.companies.get(root)));
    }

    private Option<Contents> activated(ListVersionId version) {
        return versions.containsKey(version) ? Option.of(contents.get(version)) : Option.none();
    }

    private static final class Contents {
        final List<ListEntry> entries = new ArrayList<>();
        final Map<String, CnpjEstablishment> establishments = new ConcurrentHashMap<>();
        final Map<String, CnpjCompany> companies = new ConcurrentHashMap<>();
    }
}
