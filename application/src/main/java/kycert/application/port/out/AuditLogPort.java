package kycert.application.port.out;

import io.vavr.control.Option;
import java.util.List;
import kycert.domain.audit.AuditEvent;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.tenant.TenantId;

/** The append-only audit log. */
public interface AuditLogPort {
    void append(AuditEvent event);

    /** Newest first, strictly after {@code after}. */
    List<AuditEvent> list(TenantId tenant, Option<Position> after, int limit);
}
