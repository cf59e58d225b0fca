package kycert.application.service;

import io.vavr.control.Either;
import java.time.Clock;
import java.util.List;
import kycert.application.port.in.CreateTemplateCommand;
import kycert.application.port.in.ManageTemplatesUseCase;
import kycert.application.port.out.RandomnessPort;
import kycert.application.port.out.TemplateStorePort;
import kycert.application.port.out.TenantStorePort;
import kycert.domain.error.ApiError;
import kycert.domain.template.Template;
import kycert.domain.template.TemplateId;
import kycert.domain.tenant.Tenant;

/** Creates, lists and deactivates a tenant's templates. */
public final class TemplateAdminService implements ManageTemplatesUseCase {
    private final TenantStorePort tenants;
    private final TemplateStorePort templates;
    private final RandomnessPort randomness;
    private final Clock clock;

    public TemplateAdminService(TenantStorePort tenants, TemplateStorePort templates, RandomnessPort randomness, Clock clock) {
        this.tenants = tenants;
        this.templates = templates;
        this.randomness = randomness;
        this.clock = clock;
    }

    @Override
    public Either<ApiError, Template> create(CreateTemplateCommand c) {
        Either<ApiError, Tenant> tenant = Lookups.tenantThatMayAdd(tenants, c.tenantId());
        if (tenant.isLeft()) return Either.left(tenant.getLeft());
        Either<ApiError, Template> template = Template.create(new TemplateId(randomness.uuid()), tenant.get().id(),
                c.name(), c.subjectType(), c.sources(), c.cost(), c.matchThreshold(), clock.instant());
        template.forEach(templates::insert);
        return template;
    }

    @Override
    public Either<ApiError, List<Template>> list(String tenantId) {
        return Lookups.tenant(tenants, tenantId).map(t -> templates.list(t.id()));
    }

    @Override
    public Either<ApiError, Template> deactivate(String tenantId, String templateId) {
        Either<ApiError, Tenant> tenant = Lookups.tenant(tenants, tenantId);
        if (tenant.isLeft()) return Either.left(tenant.getLeft());
        return TemplateId.parse(templateId).flatMap(id -> templates.find(tenant.get().id(), id))
                .toEither(() -> Lookups.notFound("template", "id"))
                .map(t -> {
                    Template off = t.deactivate();
                    if (t.active()) templates.update(off);
                    return off;
                });
    }
}
