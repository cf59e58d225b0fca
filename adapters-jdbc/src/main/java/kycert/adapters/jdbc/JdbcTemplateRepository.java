package kycert.adapters.jdbc;

import io.vavr.control.Option;
import java.util.List;
import kycert.application.port.out.TemplateStorePort;
import kycert.domain.template.Template;
import kycert.domain.template.TemplateId;
import kycert.domain.tenant.TenantId;
import org.jdbi.v3.core.Jdbi;

/** A tenant's templates in {@code templates}. */
final class JdbcTemplateRepository implements TemplateStorePort {
    private static final String COLUMNS = "id, tenant_id, name, subject_type, sources, cost, active, created_at, match_threshold";

    private final Jdbi jdbi;

    JdbcTemplateRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Template template) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO templates (id, tenant_id, name, subject_type, sources, cost, active, created_at, match_threshold)
                        VALUES (:id, :tenantId, :name, :subjectType, :sources, :cost, :active, :createdAt, :matchThreshold)
                        """)
                .bindMethods(TemplateRow.of(template))
                .execute());
    }

    @Override
    public void update(Template template) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE templates
                           SET name = :name, subject_type = :subjectType, sources = :sources, cost = :cost, active = :active
                         WHERE id = :id AND tenant_id = :tenantId
                        """)
                .bindMethods(TemplateRow.of(template))
                .execute());
    }

    @Override
    public Option<Template> find(TenantId tenant, TemplateId id) {
        return jdbi.withHandle(h -> Option.ofOptional(h.createQuery(
                                "SELECT " + COLUMNS + " FROM templates WHERE id = :id AND tenant_id = :tenant")
                        .bind("id", id.value())
                        .bind("tenant", tenant.value())
                        .mapTo(TemplateRow.class)
                        .findOne()))
                .map(TemplateRow::toDomain);
    }

    @Override
    public List<Template> list(TenantId tenant) {
        return jdbi.withHandle(h -> h.createQuery(
                                "SELECT " + COLUMNS + " FROM templates WHERE tenant_id = :tenant ORDER BY created_at DESC, id DESC")
                        .bind("tenant", tenant.value())
                        .mapTo(TemplateRow.class)
                        .list())
                .stream().map(TemplateRow::toDomain).toList();
    }
}
