package kycert.adapters.jdbc;

import io.vavr.control.Option;
import java.util.List;
import kycert.application.port.out.AuditLogPort;
import kycert.domain.audit.AuditEvent;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.tenant.TenantId;
import org.jdbi.v3.core.Jdbi;

/** The append-only audit log in {@code audit_events}: inserted, listed newest first, never updated. */
final class JdbcAuditLog implements AuditLogPort {
    private static final String COLUMNS = """
            id, tenant_id, actor_type, actor_id, actor_display, action, target_type, target_id, details, client_address, at""";

    private final Jdbi jdbi;

    JdbcAuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void append(AuditEvent event) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO audit_events (id, tenant_id, actor_type, actor_id, actor_display, action, target_type,
                                                  target_id, details, client_address, at)
                        VALUES (:id, :tenantId, :actorType, :actorId, :actorDisplay, :action, :targetType,
                                :targetId, :details, :clientAddress, :at)
                        """)
                .bindMethods(AuditEventRow.of(event))
                .execute());
    }

    @Override
    public List<AuditEvent> list(TenantId tenant, Option<Position> after, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM audit_events WHERE tenant_id = :tenant"
                + NewestFirst.after("at", after) + NewestFirst.orderAndLimit("at");
        return jdbi.withHandle(h -> NewestFirst.bind(h.createQuery(sql).bind("tenant", tenant.value()), after, limit)
                        .mapTo(AuditEventRow.class).list())
                .stream().map(AuditEventRow::toDomain).toList();
    }
}
