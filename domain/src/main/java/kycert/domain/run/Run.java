package kycert.domain.run;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kycert.domain.apikey.Environment;
import kycert.domain.subject.Subject;
import kycert.domain.template.TemplateId;
import kycert.domain.tenant.TenantId;

/** A bureau run. Once completed or failed it never changes again. */
public record Run(RunId id, TenantId tenantId, Environment environment, RunStatus status, TemplateId templateId,
                  Subject subject, Option<String> externalId, Map<String, String> metadata, Option<String> webhookUrl,
                  Option<Verdict> verdict, List<SourceResult> sources, Instant createdAt, Option<Instant> completedAt) {

    /** How long a queued run usually takes, reported with the 202. */
    public static final int ESTIMATED_SECONDS = 2;

    public Run {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(environment);
        Objects.requireNonNull(status);
        Objects.requireNonNull(templateId);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(externalId);
        metadata = Map.copyOf(metadata);
        Objects.requireNonNull(webhookUrl);
        Objects.requireNonNull(verdict);
        sources = List.copyOf(sources);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(completedAt);
        if (status == RunStatus.COMPLETED && verdict.isEmpty()) throw new IllegalArgumentException("a completed run has a verdict");
    }

    public static Run queued(RunId id, TenantId tenantId, Environment environment, TemplateId templateId,
                             RunRequest request, Instant now) {
        return new Run(id, tenantId, environment, RunStatus.QUEUED, templateId, request.subject(), request.externalId(),
                request.metadata(), request.webhookUrl(), Option.none(), List.of(), now, Option.none());
    }

    /** Starts processing; none once terminal. */
    public Option<Run> start() {
        if (status.terminal()) return Option.none();
        return Option.of(with(RunStatus.PROCESSING, verdict, sources, completedAt));
    }

    /** Completes with the sources' answers; none when the run already ended (a completed run is immutable). */
    public Option<Run> complete(List<SourceResult> results, Instant now) {
        return complete(BureauAnswer.of(results), now);
    }

    /** Completes with the bureau's answer (sources and review reasons); none when the run already ended. */
    public Option<Run> complete(BureauAnswer answer, Instant now) {
        if (status.terminal()) return Option.none();
        return Option.of(with(RunStatus.COMPLETED, Option.of(DecisionRules.decide(answer)), answer.results(), Option.of(now)));
    }

    /** Fails; none once terminal. */
    public Option<Run> fail(Instant now) {
        if (status.terminal()) return Option.none();
        return Option.of(with(RunStatus.FAILED, Option.none(), sources, Option.of(now)));
    }

    /** The run exactly as it was when accepted: what an idempotent replay answers. */
    public Run asAccepted() {
        return with(RunStatus.QUEUED, Option.none(), List.of(), Option.none());
    }

    private Run with(RunStatus s, Option<Verdict> v, List<SourceResult> src, Option<Instant> done) {
        return new Run(id, tenantId, environment, s, templateId, subject, externalId, metadata, webhookUrl, v, src, createdAt, done);
    }
}
