package kycert.application.port.out;

import java.util.List;
import kycert.domain.run.Run;
import kycert.domain.webhook.WebhookDelivery;

/**
 * Ends a run and writes its webhook deliveries (the outbox) in one atomic step, so an ended run always has its
 * events and an event never names a run that did not end. The same step takes the run off the run queue (an ended
 * run is never claimed again), which saves the worker a write of its own. False, and nothing written, when the run
 * had ended.
 */
public interface RunCompletionPort {
    boolean end(Run ended, List<WebhookDelivery> outbox);
}
