package kycert.adapters.memory;

import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import kycert.application.port.out.AuditLogPort;
import kycert.domain.audit.AuditEvent;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.tenant.TenantId;

/** An append-only audit log in memory. */
public final class InMemoryAuditLog implements AuditLogPort {
    private final ConcurrentLinkedQueue<AuditEvent> events = new ConcurrentLinkedQueue<>();

    @Override
    public void append(AuditEvent event) {
        events.add(event);
    }

    @Override
    public List<AuditEvent> list(TenantId tenant, Option<Position> after, int limit) {
        return NewestFirst.page(events.stream().filter(e -> e.tenantId().equals(tenant)),
                e -> new Position(e.at(), e.id()), after, limit);
    }
}
