package kycert.application.port.out;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.tenant.TenantId;
import kycert.domain.webhook.WebhookDelivery;

/**
 * The webhook outbox. Deliveries are inserted with the run's completion ({@link RunStorePort#transition}); senders
 * claim due ones under a lease, so a delivery claimed by a node that dies is sent by another.
 */
public interface WebhookDeliveryStorePort {
    /** Up to {@code max} pending deliveries due at {@code now}, each leased for {@code lease}. */
    List<WebhookDelivery> claimDue(Instant now, Duration lease, int max);

    /** Stores the delivery after an attempt (status, attempts, next attempt) and releases its lease. */
    void save(WebhookDelivery delivery);

    /** The tenant's deliveries, newest first, strictly after {@code after}. */
    List<WebhookDelivery> list(TenantId tenant, Option<Position> after, int limit);
}
