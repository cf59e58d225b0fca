package kycert.domain.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import kycert.domain.tenant.TenantId;

/** One audit record: who did what to which thing, from where, when. Details are redacted on the way in. */
public record AuditEvent(UUID id, TenantId tenantId, Actor actor, AuditAction action, String targetType, String targetId,
                         Map<String, String> details, String clientAddress, Instant at) {
    public AuditEvent {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(action);
        Objects.requireNonNull(targetType);
        Objects.requireNonNull(targetId);
        details = Map.copyOf(AuditRedaction.redact(details));
        Objects.requireNonNull(clientAddress);
        Objects.requireNonNull(at);
    }
}
