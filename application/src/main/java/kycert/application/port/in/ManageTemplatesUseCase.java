package kycert.application.port.in;

import io.vavr.control.Either;
import java.util.List;
import kycert.domain.error.ApiError;
import kycert.domain.template.Template;

/** Template management, shared by the operator plane and the tenant's management plane. */
public interface ManageTemplatesUseCase {
    Either<ApiError, Template> create(CreateTemplateCommand command);

    Either<ApiError, List<Template>> list(String tenantId);

    Either<ApiError, Template> deactivate(String tenantId, String templateId);
}
