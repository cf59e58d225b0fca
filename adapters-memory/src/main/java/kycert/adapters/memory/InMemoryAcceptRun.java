package kycert.adapters.memory;

import io.vavr.control.Option;
import java.util.concurrent.locks.ReentrantLock;
import kycert.application.port.out.AcceptRunPort;
import kycert.domain.idempotency.IdempotencyRecord;
import kycert.domain.run.Run;

/** Debit, run, queue entry and idempotency record written under one lock; the debit is the only step that may refuse. */
public final class InMemoryAcceptRun implements AcceptRunPort {
    private final ReentrantLock lock = new ReentrantLock();
    private final InMemoryTenantStore tenants;
    private final InMemoryRunStore runs;
    private final CaffeineIdempotencyStore idempotency;
    private final InMemoryRunQueue queue;

    public InMemoryAcceptRun(InMemoryTenantStore tenants, InMemoryRunStore runs, CaffeineIdempotencyStore idempotency,
                             InMemoryRunQueue queue) {
        this.tenants = tenants;
        this.runs = runs;
        this.idempotency = idempotency;
        this.queue = queue;
    }

    @Override
    public boolean accept(Run run, long cost, Option<IdempotencyRecord> completedKey) {
        if (cost < 0) throw new IllegalArgumentException("cost cannot be negative");
        lock.lock();
        try {
            if (runs.contains(run.id())) throw new IllegalStateException("run exists: " + run.id());
            if (!tenants.tryDebit(run.tenantId(), cost)) return false;
            runs.insert(run);
            queue.enqueue(run.id());
            // last, so a replay that finds the record always finds its run
            completedKey.forEach(idempotency::complete);
            return true;
        } finally {
            lock.unlock();
        }
    }
}
