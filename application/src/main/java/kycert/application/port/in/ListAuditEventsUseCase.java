package kycert.application.port.in;

import io.vavr.control.Either;
import kycert.domain.audit.AuditEvent;
import kycert.domain.error.ApiError;
import kycert.domain.pagination.Page;

/** A tenant's audit log, newest first. */
public interface ListAuditEventsUseCase {
    Either<ApiError, Page<AuditEvent>> list(PageQuery query);
}
