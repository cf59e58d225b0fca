package kycert.adapters.jdbc;

import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kycert.domain.document.Cnpj;
import kycert.domain.document.Cpf;
import kycert.domain.document.Document;
import kycert.domain.run.Decision;
import kycert.domain.run.RiskBand;
import kycert.domain.run.Run;
import kycert.domain.run.RunId;
import kycert.domain.run.Verdict;
import kycert.domain.subject.Subject;
import kycert.domain.subject.SubjectType;
import kycert.domain.template.TemplateId;
import kycert.domain.tenant.TenantId;

/**
 * A {@code runs} row: the subject as columns (document normalized), metadata, reasons and sources as JSON text.
 * Public only so Jdbi can map and bind it reflectively.
 */
public record RunRow(UUID id, UUID tenantId, String environment, String status, UUID templateId, String subjectType,
              String subjectDoc, String subjectName, String externalId, String metadata, String webhookUrl,
              String decision, String riskBand, String reasons, String sources, long createdAt, Long completedAt) {

    static RunRow of(Run r) {
        Option<Verdict> v = r.verdict();
        return new RunRow(r.id().value(), r.tenantId().value(), r.environment().wire(), r.status().wire(),
                r.templateId().value(), r.subject().type().wire(), r.subject().document().value(),
                r.subject().name().getOrNull(), r.externalId().getOrNull(), RunJson.metadata(r.metadata()),
                r.webhookUrl().getOrNull(), v.map(x -> x.decision().name()).getOrNull(),
                v.map(x -> x.riskBand().name()).getOrNull(), v.map(x -> RunJson.reasons(x.reasons())).getOrNull(),
                RunJson.sources(r.sources()), EpochNanos.of(r.createdAt()), EpochNanos.of(r.completedAt()));
    }

    Run toDomain() {
        SubjectType type = Wire.subjectType(subjectType);
        Document doc = type == SubjectType.PF ? new Cpf(subjectDoc) : new Cnpj(subjectDoc);
        Option<Verdict> verdict = Option.of(decision).map(d -> new Verdict(Decision.valueOf(d), RiskBand.valueOf(riskBand),
                reasons == null ? List.of() : RunJson.reasons(reasons)));
        Map<String, String> meta = RunJson.metadata(metadata);
        return new Run(new RunId(id), new TenantId(tenantId), Wire.environment(environment), Wire.runStatus(status),
                new TemplateId(templateId), new Subject(type, doc, Option.of(subjectName)), Option.of(externalId), meta,
                Option.of(webhookUrl), verdict, RunJson.sources(sources), EpochNanos.instant(createdAt),
                EpochNanos.optional(completedAt));
    }
}
