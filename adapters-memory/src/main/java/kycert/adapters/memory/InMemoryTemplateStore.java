package kycert.adapters.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import kycert.application.port.out.TemplateStorePort;
import kycert.domain.template.Template;
import kycert.domain.template.TemplateId;
import kycert.domain.tenant.TenantId;

/** Templates in a map, each visible only to its own tenant. */
public final class InMemoryTemplateStore implements TemplateStorePort {
    private static final Comparator<Template> NEWEST_FIRST = Comparator.comparing(Template::createdAt)
            .thenComparing(t -> t.id().value(), Uuids.UNSIGNED).reversed();

    private final ConcurrentHashMap<TemplateId, Template> templates = new ConcurrentHashMap<>();

    @Override
    public void insert(Template template) {
        if (templates.putIfAbsent(template.id(), template) != null) throw new IllegalStateException("template exists: " + template.id());
    }

    @Override
    public void update(Template template) {
        templates.computeIfPresent(template.id(), (id, stored) -> template);
    }

    @Override
    public Option<Template> find(TenantId tenant, TemplateId id) {
        return Option.of(templates.get(id)).filter(t -> t.tenantId().equals(tenant));
    }

    @Override
    public List<Template> list(TenantId tenant) {
        return templates.values().stream().filter(t -> t.tenantId().equals(tenant)).sorted(NEWEST_FIRST).toList();
    }
}
