package kycert.application.service;

import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import kycert.application.port.in.CreateTemplateCommand;
import kycert.application.port.in.ManageTemplatesUseCase;
import kycert.domain.audit.AuditAction;
import kycert.domain.error.ApiError;
import kycert.domain.template.Template;

/** Template management that records changes in the audit log. */
public final class AuditedTemplates implements ManageTemplatesUseCase {
    private final ManageTemplatesUseCase inner;
    private final AuditRecorder audit;

    public AuditedTemplates(ManageTemplatesUseCase inner, AuditRecorder audit) {
        this.inner = inner;
        this.audit = audit;
    }

    @Override
    public Either<ApiError, Template> create(CreateTemplateCommand command) {
        return inner.create(command).peek(t -> record(AuditAction.TEMPLATE_CREATED, t));
    }

    @Override
    public Either<ApiError, List<Template>> list(String tenantId) {
        return inner.list(tenantId);
    }

    @Override
    public Either<ApiError, Template> deactivate(String tenantId, String templateId) {
        return inner.deactivate(tenantId, templateId).peek(t -> record(AuditAction.TEMPLATE_DEACTIVATED, t));
    }

    private void record(AuditAction action, Template t) {
        audit.record(t.tenantId(), action, "template", t.id().toString(), Map.of("name", t.name(), "subject_type", t.subjectType().wire()));
    }
}
