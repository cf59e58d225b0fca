package kycert.application.service;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import kycert.application.port.in.ProcessRunsUseCase;
import kycert.application.port.out.BureauPort;
import kycert.application.port.out.RunCompletionPort;
import kycert.application.port.out.RunQueuePort;
import kycert.application.port.out.RunStorePort;
import kycert.application.port.out.TemplateStorePort;
import kycert.domain.run.Run;
import kycert.domain.run.RunId;
import kycert.domain.run.SourceResult;
import kycert.domain.template.Source;
import kycert.domain.template.Template;

/** Takes a queued run, asks its sources, and completes it exactly once. */
public final class RunProcessingService implements ProcessRunsUseCase {
    /** How long a worker holds a run before another node may take it over. */
    public static final Duration LEASE = Duration.ofSeconds(30);

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
        Option<RunId> claimed = queue.claim(clock.instant(), LEASE);
        if (claimed.isEmpty()) return false;
        RunId id = claimed.get();
        Option<Run> stored = runs.findById(id);
        if (stored.isEmpty() || stored.get().status().terminal()) {
            queue.done(id);
            return true;
        }
        Run run = stored.get();
        run.start().forEach(runs::transition);
        List<Source> sources = templates.find(run.tenantId(), run.templateId())
                .map(Template::sources)
                .getOrElse(() -> Source.defaultsFor(run.subject().type()));
        Option<Run> ended;
        try {
            List<SourceResult> results = bureau.query(run.environment(), sources, run.subject().document());
            ended = run.complete(results, clock.instant());
        } catch (RuntimeException e) {
            // a source adapter that breaks (not one that answers ERROR) fails the run: run.failed is delivered
            ended = run.fail(clock.instant());
        }
        // ending takes the run off the queue in the same step; only a run that was not ended here is let go
        boolean endedHere = ended.map(r -> completion.end(r, events.forEnded(r, clock.instant()))).getOrElse(false);
        if (!endedHere) queue.done(id);
        return true;
    }
}
