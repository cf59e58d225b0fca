package kycert.adapters.jdbc;

import java.util.List;
import kycert.application.port.out.RunCompletionPort;
import kycert.domain.run.Run;
import kycert.domain.webhook.WebhookDelivery;
import org.jdbi.v3.core.Jdbi;

/**
 * Ends a run, writes its outbox and takes it off the queue in one transaction: the conditional transition decides (a terminal run is never
 * overwritten), so the deliveries are written exactly once, by whichever node ended the run.
 */
final class JdbcRunCompletion implements RunCompletionPort {
    private final Jdbi jdbi;

    JdbcRunCompletion(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean end(Run ended, List<WebhookDelivery> outbox) {
        return jdbi.inTransaction(h -> {
            if (!JdbcRunRepository.transition(h, ended)) return false;
            JdbcWebhookDeliveryRepository.insert(h, outbox);
            h.createUpdate("DELETE FROM run_queue WHERE run_id = :id").bind("id", ended.id().value()).execute();
            return true;
        });
    }
}
