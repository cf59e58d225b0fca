package kycert.adapters.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import kycert.domain.audit.Actor;
import kycert.domain.audit.AuditAction;
import kycert.domain.audit.AuditEvent;
import kycert.domain.tenant.TenantId;

/** An {@code audit_events} row; details (already redacted) as JSON. Public only so Jdbi can map and bind it. */
public record AuditEventRow(UUID id, UUID tenantId, String actorType, String actorId, String actorDisplay, String action,
                            String targetType, String targetId, String details, String clientAddress, long at) {

    static AuditEventRow of(AuditEvent e) {
        return new AuditEventRow(e.id(), e.tenantId().value(), e.actor().type(), e.actor().id(), e.actor().display(),
                e.action().wire(), e.targetType(), e.targetId(), Json.write(new TreeMap<>(e.details())), e.clientAddress(),
                EpochNanos.of(e.at()));
    }

    AuditEvent toDomain() {
        Map<String, String> d = new LinkedHashMap<>();
        ((Map<?, ?>) Json.read(details)).forEach((k, v) -> d.put((String) k, (String) v));
        return new AuditEvent(id, new TenantId(tenantId), new Actor(actorType, actorId, actorDisplay), action(action),
                targetType, targetId, d, clientAddress, EpochNanos.instant(at));
    }

    private static AuditAction action(String wire) {
        for (AuditAction a : AuditAction.values()) if (a.wire().equals(wire)) return a;
        throw Wire.corrupt("audit action", wire);
    }
}
