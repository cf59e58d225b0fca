package kycert.application.port.out;

import io.vavr.control.Option;
import java.util.List;
import kycert.domain.template.Template;
import kycert.domain.template.TemplateId;
import kycert.domain.tenant.TenantId;

/** A tenant's templates. */
public interface TemplateStorePort {
    void insert(Template template);

    void update(Template template);

    Option<Template> find(TenantId tenant, TemplateId id);

    /** The tenant's templates, newest first. */
    List<Template> list(TenantId tenant);
}
