package kycert.adapters.memory;

import java.util.List;
import kycert.application.port.out.RunCompletionPort;
import kycert.domain.run.Run;
import kycert.domain.webhook.WebhookDelivery;

/**
 * Ends a run and queues its deliveries as one step: the run's compare-and-set decides (so the outbox is written
 * once), and it runs under the outbox's lock (so no reader of the outbox sees the run ended without its deliveries).
 */
public final class InMemoryRunCompletion implements RunCompletionPort {
    private final InMemoryRunStore runs;
    private final InMemoryWebhookDeliveryStore deliveries;
    private final InMemoryRunQueue queue;

    public InMemoryRunCompletion(InMemoryRunStore runs, InMemoryWebhookDeliveryStore deliveries, InMemoryRunQueue queue) {
        this.runs = runs;
        this.deliveries = deliveries;
        this.queue = queue;
    }

    @Override
    public boolean end(Run ended, List<WebhookDelivery> outbox) {
        boolean won = deliveries.insertAllIf(() -> runs.transition(ended), outbox);
        // nothing is kept across a crash here, so leaving the queue just after the end is as good as within it
        if (won) queue.done(ended.id());
        return won;
    }
}
