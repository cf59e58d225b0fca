package kycert.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import kycert.application.port.in.CreateRunCommand;
import kycert.application.port.in.CreateRunUseCase;
import kycert.application.port.out.AcceptRunPort;
import kycert.application.port.out.IdempotencyStorePort;
import kycert.application.port.out.RandomnessPort;
import kycert.application.port.out.RunStorePort;
import kycert.application.port.out.TemplateStorePort;
import kycert.application.port.out.TenantStorePort;
import kycert.application.port.out.WebhookSenderPort;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.Environment;
import kycert.domain.apikey.SecretHasher;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.idempotency.IdempotencyKey;
import kycert.domain.idempotency.IdempotencyPolicy.Verdict;
import kycert.domain.idempotency.IdempotencyRecord;
import kycert.domain.run.Run;
import kycert.domain.run.RunId;
import kycert.domain.run.RunRequest;
import kycert.domain.run.SandboxBureau;
import kycert.domain.scope.Scope;
import kycert.domain.template.Template;
import kycert.domain.template.TemplateId;
import kycert.domain.tenant.Tenant;

/**
 * Creates runs in the contract's order of checks: scope, idempotency (replay / reused / in use), body, fields,
 * subject type allowed, template, billing, then one atomic acceptance. Only an accepted run stores its key.
 */
public final class CreateRunService implements CreateRunUseCase {
    private final TenantStorePort tenants;
    private final TemplateStorePort templates;
    private final RunStorePort runs;
    private final IdempotencyStorePort idempotency;
    private final AcceptRunPort acceptRun;
    private final RandomnessPort randomness;
    private final SecretHasher hasher;
    private final WebhookSenderPort webhooks;
    private final Clock clock;

    public CreateRunService(TenantStorePort tenants, TemplateStorePort templates, RunStorePort runs,
                            IdempotencyStorePort idempotency, AcceptRunPort acceptRun, RandomnessPort randomness,
                            SecretHasher hasher, WebhookSenderPort webhooks, Clock clock) {
        this.tenants = tenants;
        this.templates = templates;
        this.runs = runs;
        this.idempotency = idempotency;
        this.acceptRun = acceptRun;
        this.randomness = randomness;
        this.hasher = hasher;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @Override
    public Either<ApiError, Created> create(CreateRunCommand command) {
        ApiKey caller = command.caller();
        Either<ApiError, Scope> scope = Scope.require(caller.scopes(), Scope.RUNS_WRITE);
        if (scope.isLeft()) return Either.left(scope.getLeft());
        if (command.idempotencyKey().isEmpty()) return accept(command, Option.none());

        Either<ApiError, IdempotencyKey> key = IdempotencyKey.parse(command.idempotencyKey().get());
        if (key.isLeft()) return Either.left(key.getLeft());
        String scoped = hasher.macHex("idempotency", caller.tenantId().toString(), caller.environment().wire(), key.get().value());
        Instant now = clock.instant();
        IdempotencyRecord lock = IdempotencyRecord.lock(scoped, command.fingerprint(), now);
        return switch (IdempotencyLocks.take(idempotency, lock, now, clock)) {
            case Verdict.Proceed p -> acceptHoldingKey(command, lock);
            case Verdict.Replay r -> replay(caller, r);
            // a stored answer under this label cannot exist: other planes hash their keys under their own labels
            case Verdict.ReplayAnswer r -> Either.left(ApiError.of(ErrorCode.INTERNAL_ERROR));
            case Verdict.Reused r -> Either.left(ApiError.of(ErrorCode.IDEMPOTENCY_KEY_REUSED));
            case Verdict.InUse u -> Either.left(ApiError.of(ErrorCode.IDEMPOTENCY_KEY_IN_USE).withRetryAfter(u.retryAfter()));
        };
    }

    private Either<ApiError, Created> acceptHoldingKey(CreateRunCommand command, IdempotencyRecord lock) {
        Either<ApiError, Created> result;
        try {
            result = accept(command, Option.of(lock));
        } catch (RuntimeException e) {
            idempotency.release(lock);
            throw e;
        }
        if (result.isLeft()) idempotency.release(lock);
        return result;
    }

    private Either<ApiError, Created> replay(ApiKey caller, Verdict.Replay replay) {
        return runs.find(caller.tenantId(), caller.environment(), new RunId(replay.runId()))
                .<Either<ApiError, Created>>map(run -> Either.right(new Created(run.asAccepted(), true)))
                .getOrElse(() -> Either.left(ApiError.of(ErrorCode.INTERNAL_ERROR)));
    }

    private Either<ApiError, Created> accept(CreateRunCommand command, Option<IdempotencyRecord> lock) {
        ApiKey caller = command.caller();
        if (command.request().isLeft()) return Either.left(command.request().getLeft());
        RunRequest request = command.request().get();
        if (request.webhookUrl().isDefined()) {
            Either<ApiError, String> target = webhooks.checkTarget(request.webhookUrl().get());
            if (target.isLeft()) return Either.left(target.getLeft().withParam("webhook_url"));
        }
        if (!caller.subjectTypes().contains(request.subject().type())) {
            return Either.left(ApiError.of(ErrorCode.SUBJECT_TYPE_NOT_ALLOWED,
                    "This API key may not query subject type \"" + request.subject().type().wire() + "\"."));
        }
        Option<Template> template = TemplateId.parse(request.templateId())
                .flatMap(id -> templates.find(caller.tenantId(), id))
                .filter(Template::active);
        if (template.isEmpty()) return Either.left(ApiError.of(ErrorCode.TEMPLATE_NOT_FOUND));
        if (template.get().subjectType() != request.subject().type()) {
            return Either.left(ApiError.of(ErrorCode.SUBJECT_TYPE_MISMATCH,
                    "The template is for \"" + template.get().subjectType().wire() + "\" but subject.type is \""
                            + request.subject().type().wire() + "\"."));
        }
        Tenant tenant = tenants.find(caller.tenantId()).getOrElseThrow(() -> new IllegalStateException("key without tenant"));
        long cost = caller.environment() == Environment.LIVE ? template.get().cost() : 0;
        Either<ApiError, Long> affordable = tenant.canAfford(cost);
        if (affordable.isLeft()) return Either.left(affordable.getLeft());
        if (caller.environment() == Environment.TEST && SandboxBureau.failsToStart(request.subject().document())) {
            return Either.left(ApiError.of(ErrorCode.RUN_FAILED));
        }
        Instant now = clock.instant();
        Run run = Run.queued(new RunId(randomness.uuid()), caller.tenantId(), caller.environment(), template.get().id(), request, now);
        Option<IdempotencyRecord> completed = lock.map(l -> l.complete(run.id().value(), now));
        if (!acceptRun.accept(run, cost, completed)) {
            return Either.left(ApiError.of(ErrorCode.BILLING_SUSPENDED, "Insufficient credit balance or account suspended."));
        }
        return Either.right(new Created(run, false));
    }
}
