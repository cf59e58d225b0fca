package kycert.application.service;

import io.vavr.control.Either;
import kycert.application.port.in.ListAuditEventsUseCase;
import kycert.application.port.in.PageQuery;
import kycert.application.port.out.AuditLogPort;
import kycert.application.port.out.TenantStorePort;
import kycert.domain.audit.AuditEvent;
import kycert.domain.error.ApiError;
import kycert.domain.pagination.CursorCodec;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.pagination.Page;
import kycert.domain.tenant.Tenant;

/** Pages through a tenant's audit log. */
public final class AuditQueryService implements ListAuditEventsUseCase {
    private final TenantStorePort tenants;
    private final AuditLogPort log;
    private final Paging paging;

    public AuditQueryService(TenantStorePort tenants, AuditLogPort log, CursorCodec cursors) {
        this.tenants = tenants;
        this.log = log;
        this.paging = new Paging(cursors);
    }

    @Override
    public Either<ApiError, Page<AuditEvent>> list(PageQuery query) {
        Either<ApiError, Tenant> tenant = Lookups.tenant(tenants, query.tenantId());
        if (tenant.isLeft()) return Either.left(tenant.getLeft());
        return paging.request(query.limit(), query.cursor(), "audit|" + tenant.get().id())
                .map(r -> paging.page(log.list(tenant.get().id(), r.after(), r.limit() + 1), r, e -> new Position(e.at(), e.id())));
    }
}
