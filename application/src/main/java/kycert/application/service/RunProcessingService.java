package kycert.application.service;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kycert.application.port.in.ProcessRunsUseCase;
import kycert.application.port.out.BureauPort;
import kycert.application.port.out.RunCompletionPort;
import kycert.application.port.out.RunQueuePort;
import kycert.application.port.out.RunStorePort;
import kycert.application.port.out.TemplateStorePort;
import kycert.domain.run.Run;
import kycert.domain.run.RunId;
import kycert.domain.run.BureauAnswer;
import kycert.domain.screening.MatchThreshold;
import kycert.domain.template.Source;
import kycert.domain.template.Template;
import kycert.domain.template.TemplateId;
import kycert.domain.tenant.TenantId;
import kycert.domain.webhook.WebhookEndpoint;

/** Takes queued runs, asks their sources, and completes each exactly once. */
public final class RunProcessingService implements ProcessRunsUseCase {
    /** How long a worker holds a run before another node may take it over. */
    public static final Duration LEASE = Duration.ofSeconds(30);
    /**
     * Runs one worker claims and reads at a time: claiming and reading a batch costs two statements whatever its
     * size, and a batch's template and webhook-endpoint lookups are shared by its runs of the same tenant. The runs of
     * a batch are processed one after another, which suits sources answered in process (the sandbox fixtures); a
     * bureau adapter that makes network calls per run should get its batch processed concurrently or a batch of 1,
     * or the last run of a batch waits for the sources of the seven before it.
     */
    static final int BATCH = 8;

    private final RunQueuePort queue;
    private final RunStorePort runs;
    private final TemplateStorePort templates;
    private final BureauPort bureau;
    private final RunCompletionPort completion;
    private final RunEvents events;
    private final Clock clock;

    public RunProcessingService(RunQueuePort queue, RunStorePort runs, TemplateStorePort templates, BureauPort bureau,
                                RunCompletionPort completion, RunEvents events, Clock clock) {
        this.queue = queue;
        this.runs = runs;
        this.templates = templates;
        this.bureau = bureau;
        this.completion = completion;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public boolean processNext() {
        List<RunId> claimed = queue.claim(clock.instant(), LEASE, BATCH);
        if (claimed.isEmpty()) return false;
        Map<RunId, Run> stored = new HashMap<>();
        runs.findAll(claimed).forEach(r -> stored.put(r.id(), r));
        Map<TemplateKey, Option<Template>> templatesRead = new HashMap<>();
        Map<TenantId, List<WebhookEndpoint>> endpoints = new HashMap<>();
        // one at a time: a failure (the database gone) stops the batch, and the runs not reached keep their lease
        // until it lapses, then another worker or node takes them
        for (RunId id : claimed) {
            Run run = stored.get(id);
            if (run == null || run.status().terminal()) {
                queue.done(id);
                continue;
            }
            process(run, templatesRead, endpoints);
        }
        return true;
    }

    private void process(Run run, Map<TemplateKey, Option<Template>> templatesRead,
                         Map<TenantId, List<WebhookEndpoint>> endpoints) {
        run.start().forEach(runs::transition);
        Option<Template> template = templatesRead
                .computeIfAbsent(new TemplateKey(run.tenantId(), run.templateId()), k -> templates.find(k.tenant(), k.template()));
        List<Source> asked = template.map(Template::sources).getOrElse(() -> Source.defaultsFor(run.subject().type()));
        MatchThreshold threshold = template.map(Template::matchThreshold).getOrElse(MatchThreshold.DEFAULT);
        Option<Run> ended;
        try {
            BureauAnswer answer = bureau.query(run.environment(), asked, run.subject(), threshold);
            ended = run.complete(answer, clock.instant());
        } catch (RuntimeException e) {
            // a source adapter that breaks (not one that answers ERROR) fails the run: run.failed is delivered
            ended = run.fail(clock.instant());
        }
        // ending takes the run off the queue in the same step; only a run that was not ended here is let go
        boolean endedHere = ended.map(r -> completion.end(r, events.forEnded(r, clock.instant(),
                endpoints.computeIfAbsent(r.tenantId(), events::endpointsOf)))).getOrElse(false);
        if (!endedHere) queue.done(run.id());
    }

    private record TemplateKey(TenantId tenant, TemplateId template) {}
}
