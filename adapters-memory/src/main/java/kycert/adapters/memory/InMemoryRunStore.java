package kycert.adapters.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import kycert.application.port.out.RunStorePort;
import kycert.domain.apikey.Environment;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.run.Run;
import kycert.domain.run.RunId;
import kycert.domain.tenant.TenantId;

/** Runs in a map; a transition is one atomic {@code compute} that refuses to touch a terminal run. */
public final class InMemoryRunStore implements RunStorePort {
    private static final Comparator<Position> NEWEST_FIRST = Comparator.comparing(Position::createdAt)
            .thenComparing(Position::id, Uuids.UNSIGNED).reversed();

    private final ConcurrentHashMap<RunId, Run> runs = new ConcurrentHashMap<>();

    @Override
    public Option<Run> find(TenantId tenant, Environment environment, RunId id) {
        return findById(id).filter(r -> r.tenantId().equals(tenant) && r.environment() == environment);
    }

    @Override
    public Option<Run> findById(RunId id) {
        return Option.of(runs.get(id));
    }

    @Override
    public List<Run> findAll(List<RunId> ids) {
        return ids.stream().distinct().map(runs::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<Run> list(RunFilter filter, Option<Position> after, int limit) {
        return runs.values().stream()
                .filter(r -> r.tenantId().equals(filter.tenant()) && r.environment() == filter.environment())
                .filter(r -> filter.status().forAll(s -> r.status() == s))
                .filter(r -> filter.externalId().forAll(e -> r.externalId().contains(e)))
                .filter(r -> after.forAll(p -> NEWEST_FIRST.compare(position(r), p) > 0))
                .sorted(Comparator.comparing(InMemoryRunStore::position, NEWEST_FIRST))
                .limit(limit)
                .toList();
    }

    @Override
    public boolean transition(Run run) {
        boolean[] moved = {false};
        runs.computeIfPresent(run.id(), (id, stored) -> {
            if (stored.status().terminal()) return stored;
            moved[0] = true;
            return run;
        });
        return moved[0];
    }

    void insert(Run run) {
        if (runs.putIfAbsent(run.id(), run) != null) throw new IllegalStateException("run exists: " + run.id());
    }

    boolean contains(RunId id) {
        return runs.containsKey(id);
    }

    private static Position position(Run run) {
        return new Position(run.createdAt(), run.id().value());
    }
}
