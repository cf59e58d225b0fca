package kycert.adapters.jdbc;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import kycert.domain.screening.MatchThreshold;
import kycert.domain.template.Source;
import kycert.domain.template.Template;
import kycert.domain.template.TemplateId;
import kycert.domain.tenant.TenantId;

/**
 * A {@code templates} row; sources keep their order (comma-separated wire names). Public only so Jdbi can map and
 * bind it reflectively.
 */
public record TemplateRow(UUID id, UUID tenantId, String name, String subjectType, String sources, int cost, boolean active,
                   long createdAt, double matchThreshold) {

    static TemplateRow of(Template t) {
        String sources = t.sources().stream().map(Source::wire).collect(Collectors.joining(","));
        return new TemplateRow(t.id().value(), t.tenantId().value(), t.name(), t.subjectType().wire(), sources,
                t.cost(), t.active(), EpochNanos.of(t.createdAt()), t.matchThreshold().value());
    }

    Template toDomain() {
        return new Template(new TemplateId(id), new TenantId(tenantId), name, Wire.subjectType(subjectType),
                Arrays.stream(sources.split(",")).map(Wire::source).toList(), cost, active, EpochNanos.instant(createdAt),
                new MatchThreshold(matchThreshold));
    }
}
