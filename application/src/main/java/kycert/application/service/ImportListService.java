package kycert.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kycert.application.port.in.ImportListUseCase;
import kycert.application.port.out.ListFileSourcePort;
import kycert.application.port.out.ListVersionStorePort;
import kycert.application.port.out.RandomnessPort;
import kycert.domain.screening.ListFileFault;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;
import kycert.domain.screening.ListVersion;
import kycert.domain.screening.ListVersionId;

/** Streams an import's records into a staged version in batches, then activates it (or discards it when refused). */
public final class ImportListService implements ImportListUseCase {
    static final int BATCH = 1_000;

    private final ListVersionStorePort store;
    private final ActiveLists active;
    private final RandomnessPort randomness;
    private final Clock clock;

    public ImportListService(ListVersionStorePort store, ActiveLists active, RandomnessPort randomness, Clock clock) {
        this.store = store;
        this.active = active;
        this.randomness = randomness;
        this.clock = clock;
    }

    @Override
    public Either<ListFileFault, Imported> importList(ListId list, ListFileSourcePort files) {
        Either<ListFileFault, ListFileSourcePort.Records> opened = files.open(list);
        if (opened.isLeft()) return Either.left(opened.getLeft());
        ListVersionId id = new ListVersionId(randomness.uuid());
        try (ListFileSourcePort.Records records = opened.get()) {
            Either<ListFileFault, Long> staged = stage(list, id, records);
            if (staged.isLeft()) {
                store.discard(id);
                return Either.left(staged.getLeft());
            }
            Option<ListVersion> existing = store.findBySha256(list, records.sha256());
            if (existing.isDefined()) {
                store.discard(id);
                if (!existing.get().equals(store.activeVersions().get(list))) store.activate(existing.get());
                active.refresh();
                return Either.right(new Imported(existing.get(), false));
            }
            ListVersion version = new ListVersion(id, list, records.sha256(), staged.get(), records.publishedAt(), clock.instant());
            store.activate(version);
            active.refresh();
            return Either.right(new Imported(version, true));
        } catch (RuntimeException e) {
            store.discard(id);
            throw e;
        }
    }

    private Either<ListFileFault, Long> stage(ListId list, ListVersionId id, ListFileSourcePort.Records records) {
        List<ListRecord> batch = new ArrayList<>(BATCH);
        long rows = 0;
        while (true) {
            Either<ListFileFault, Option<ListRecord>> next = records.next();
            if (next.isLeft()) return Either.left(next.getLeft());
            if (next.get().isEmpty()) break;
            batch.add(next.get().get());
            rows++;
            if (batch.size() == BATCH) {
                store.stage(id, list, batch);
                batch = new ArrayList<>(BATCH);
            }
        }
        if (!batch.isEmpty()) store.stage(id, list, batch);
        return Either.right(rows);
    }
}
