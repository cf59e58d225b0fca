package kycert.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import kycert.application.Kycert;
import kycert.application.port.in.CreateApiKeyCommand;
import kycert.application.port.in.CreateRunCommand;
import kycert.application.port.in.CreateRunUseCase.Created;
import kycert.application.port.in.CreateTemplateCommand;
import kycert.application.port.in.GetRunQuery;
import kycert.application.port.in.ListRunsQuery;
import kycert.application.port.in.ManageApiKeysUseCase.Issued;
import kycert.domain.apikey.ApiKey;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.idempotency.RequestFingerprint;
import kycert.domain.run.Decision;
import kycert.domain.run.Run;
import kycert.domain.run.RunRequest;
import kycert.domain.run.RunStatus;
import kycert.domain.template.Template;
import kycert.domain.tenant.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An embedder's path, with no HTTP: tenant, template and key through the use cases, then runs to completion. */
class EmbeddedKycertTest {
    private static final byte[] SECRET = "embedded-test-server-secret-0123".getBytes(StandardCharsets.UTF_8);
    private static final Duration COMPLETION_BOUND = Duration.ofSeconds(3);

    private EmbeddedKycert embedded;
    private Kycert kycert;
    private Tenant tenant;
    private Template pf;
    private Template pj;
    private ApiKey sandboxKey;

    @BeforeEach
    void start() {
        embedded = EmbeddedKycert.start(SECRET);
        kycert = embedded.kycert();
        tenant = kycert.tenants().create("Corretora Exemplo", 10L).get();
        pf = template(tenant, "pf", 1);
        pj = template(tenant, "pj", 1);
        sandboxKey = authenticated(issue(tenant, "test"));
    }

    @AfterEach
    void stop() {
        embedded.close();
    }

    private Template template(Tenant owner, String subjectType, int cost) {
        return kycert.templates().create(new CreateTemplateCommand(owner.id().toString(), subjectType + " onboarding",
                subjectType, null, cost)).get();
    }

    private Issued issue(Tenant owner, String environment) {
        return kycert.apiKeys().create(new CreateApiKeyCommand(owner.id().toString(), environment + " backend", environment,
                List.of("runs:write", "runs:read", "detail:read"), null, null)).get();
    }

    private ApiKey authenticated(Issued issued) {
        return kycert.authenticate().authenticate(issued.secret().value()).get();
    }

    private Either<ApiError, Created> create(ApiKey key, Template template, String doc, String idempotencyKey) {
        return create(key, template, doc, idempotencyKey, "{\"subject\":{\"doc\":\"" + doc + "\"},\"template_id\":\"" + template.id() + "\"}");
    }

    private Either<ApiError, Created> create(ApiKey key, Template template, String doc, String idempotencyKey, String canonicalBody) {
        Either<ApiError, RunRequest> request = RunRequest.of(template.id().toString(), template.subjectType().wire(), doc,
                null, null, null, null);
        return kycert.createRun().create(new CreateRunCommand(key, Option.of(idempotencyKey),
                RequestFingerprint.ofCanonical(canonicalBody), request));
    }

    private Either<ApiError, Run> get(ApiKey key, Run run) {
        return kycert.getRun().get(new GetRunQuery(key, run.id().toString(), GetRunQuery.View.RUN));
    }

    private Run awaitFinished(ApiKey key, Run run) throws InterruptedException {
        long deadline = System.nanoTime() + COMPLETION_BOUND.toNanos();
        Run current = get(key, run).get();
        while (!current.status().terminal() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            current = get(key, run).get();
        }
        return current;
    }

    private long credits(Tenant t) {
        return kycert.tenants().get(t.id().toString()).get().credits();
    }

    private static void assertError(Either<ApiError, ?> result, ErrorCode code, String wireType, String wireCode) {
        assertThat(result.isLeft()).as("refused").isTrue();
        assertThat(result.getLeft().code()).isEqualTo(code);
        assertThat(result.getLeft().code().type().wire()).isEqualTo(wireType);
        assertThat(result.getLeft().code().code()).isEqualTo(wireCode);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "pf, 529.982.247-25, APPROVED",
            "pj, 11.222.333/0001-81, APPROVED",
            "pj, 12.ABC.345/01DE-35, APPROVED",
            "pf, 111.444.777-35, PENDING_REVIEW",
            "pf, 222.333.444-05, BLOCKED",
            "pj, 33.444.555/0001-81, BLOCKED",
            "pj, 55.666.777/0001-81, PENDING_REVIEW",
            "pf, 444.555.666-19, PARTIAL"})
    void sandboxRun_isQueued_thenCompletesWithTheFixtureDecision(String type, String doc, Decision decision) throws InterruptedException {
        Created created = create(sandboxKey, type.equals("pf") ? pf : pj, doc, null).get();

        assertThat(created.replayed()).isFalse();
        assertThat(created.run().status()).isEqualTo(RunStatus.QUEUED);
        assertThat(created.run().verdict()).isEmpty();
        Run finished = awaitFinished(sandboxKey, created.run());
        assertThat(finished.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(finished.verdict().get().decision()).isEqualTo(decision);
        assertThat(finished.completedAt()).isNotEmpty();
    }

    @Test
    void otherValidDocuments_areApproved() throws InterruptedException {
        Run run = create(sandboxKey, pf, "390.533.447-05", null).get().run();

        assertThat(awaitFinished(sandboxKey, run).verdict().get().decision()).isEqualTo(Decision.APPROVED);
    }

    @Test
    void failingFixture_answersRunFailed_chargesNothing_andKeepsNoRun() {
        Either<ApiError, Created> result = create(sandboxKey, pf, "777.888.999-41", "retry-me");

        assertError(result, ErrorCode.RUN_FAILED, "server_error", "run_failed");
        assertThat(kycert.listRuns().list(new ListRunsQuery(sandboxKey, null, null, null, null)).get().data()).isEmpty();
        assertThat(credits(tenant)).isEqualTo(10);
        assertError(create(sandboxKey, pf, "777.888.999-41", "retry-me"), ErrorCode.RUN_FAILED, "server_error", "run_failed");
    }

    @Test
    void sameIdempotencyKeyAndBody_replaysTheOriginalRun_asItWasAccepted() throws InterruptedException {
        Created first = create(sandboxKey, pf, "529.982.247-25", "order-42").get();
        awaitFinished(sandboxKey, first.run());

        Created again = create(sandboxKey, pf, "529.982.247-25", "order-42").get();

        assertThat(again.replayed()).isTrue();
        assertThat(again.run().id()).isEqualTo(first.run().id());
        assertThat(again.run().status()).isEqualTo(RunStatus.QUEUED);
        assertThat(again.run()).isEqualTo(first.run());
        assertThat(kycert.listRuns().list(new ListRunsQuery(sandboxKey, null, null, null, null)).get().data()).hasSize(1);
    }

    @Test
    void sameIdempotencyKey_withAnotherBody_isIdempotencyKeyReused() {
        create(sandboxKey, pf, "529.982.247-25", "order-42").get();

        assertError(create(sandboxKey, pf, "111.444.777-35", "order-42"),
                ErrorCode.IDEMPOTENCY_KEY_REUSED, "invalid_request_error", "idempotency_key_reused");
    }

    @Test
    void idempotencyKeys_areScopedToTheEnvironment() {
        ApiKey liveKey = authenticated(issue(tenant, "live"));
        Run sandbox = create(sandboxKey, pf, "529.982.247-25", "order-42").get().run();

        Created live = create(liveKey, pf, "529.982.247-25", "order-42").get();

        assertThat(live.replayed()).isFalse();
        assertThat(live.run().id()).isNotEqualTo(sandbox.id());
    }

    @Test
    void liveKey_onATenantWithoutCredits_isBillingSuspended_whileSandboxStaysFree() {
        Tenant broke = kycert.tenants().create("Sem Saldo", 0L).get();
        Template template = template(broke, "pf", 1);
        ApiKey liveKey = authenticated(issue(broke, "live"));
        ApiKey testKey = authenticated(issue(broke, "test"));

        assertError(create(liveKey, template, "529.982.247-25", null), ErrorCode.BILLING_SUSPENDED, "billing_error", "billing_suspended");
        assertThat(create(testKey, template, "529.982.247-25", null).isRight()).isTrue();
        assertThat(credits(broke)).isZero();
    }

    @Test
    void suspendedTenant_isBillingSuspended_inBothEnvironments() {
        ApiKey liveKey = authenticated(issue(tenant, "live"));
        kycert.tenants().suspend(tenant.id().toString()).get();

        assertError(create(liveKey, pf, "529.982.247-25", null), ErrorCode.BILLING_SUSPENDED, "billing_error", "billing_suspended");
        assertError(create(sandboxKey, pf, "529.982.247-25", null), ErrorCode.BILLING_SUSPENDED, "billing_error", "billing_suspended");
        assertThat(credits(tenant)).isEqualTo(10);
    }

    @Test
    void liveRun_takesTheTemplatesCost_andIsNeverAnsweredFromTheFixtures() throws InterruptedException {
        Template costly = template(tenant, "pf", 4);
        ApiKey liveKey = authenticated(issue(tenant, "live"));

        Run run = create(liveKey, costly, "222.333.444-05", null).get().run();

        assertThat(credits(tenant)).isEqualTo(6);
        assertThat(run.environment().wire()).isEqualTo("live");
        // the sandbox's sanctioned fixture, in live with no list imported: the lists cannot vouch, so PARTIAL
        assertThat(awaitFinished(liveKey, run).verdict().get().decision()).isEqualTo(Decision.PARTIAL);
    }

    @Test
    void sandboxRun_isFree() {
        create(sandboxKey, pf, "529.982.247-25", null).get();

        assertThat(credits(tenant)).isEqualTo(10);
    }

    @Test
    void refusedRequest_storesNoIdempotencyKey_soARetryWithItRunsAfresh() {
        Tenant broke = kycert.tenants().create("Sem Saldo", 0L).get();
        Template template = template(broke, "pf", 1);
        ApiKey liveKey = authenticated(issue(broke, "live"));
        assertError(create(liveKey, template, "529.982.247-25", "attempt-1"), ErrorCode.BILLING_SUSPENDED, "billing_error", "billing_suspended");

        kycert.tenants().addCredits(broke.id().toString(), 5L).get();
        Created retried = create(liveKey, template, "529.982.247-25", "attempt-1").get();

        assertThat(retried.replayed()).isFalse();
        assertThat(credits(broke)).isEqualTo(4);
    }

    @Test
    void revokedKey_failsAuthentication_atOnce() {
        Issued issued = issue(tenant, "test");
        assertThat(kycert.authenticate().authenticate(issued.secret().value()).isRight()).isTrue();

        kycert.apiKeys().revoke(tenant.id().toString(), issued.key().id().toString()).get();

        assertError(kycert.authenticate().authenticate(issued.secret().value()),
                ErrorCode.INVALID_API_KEY, "authentication_error", "invalid_api_key");
    }

    @Test
    void regeneratedKey_refusesTheOldSecret_andAcceptsTheNewOne() {
        Issued issued = issue(tenant, "live");

        Issued regenerated = kycert.apiKeys().regenerate(tenant.id().toString(), issued.key().id().toString()).get();

        assertError(kycert.authenticate().authenticate(issued.secret().value()),
                ErrorCode.INVALID_API_KEY, "authentication_error", "invalid_api_key");
        assertThat(kycert.authenticate().authenticate(regenerated.secret().value()).get().id()).isEqualTo(issued.key().id());
    }

    @Test
    void anotherTenantsOrEnvironmentsRun_isRunNotFound() {
        Run run = create(sandboxKey, pf, "529.982.247-25", null).get().run();
        Tenant other = kycert.tenants().create("Outra", 0L).get();

        assertError(get(authenticated(issue(other, "test")), run), ErrorCode.RUN_NOT_FOUND, "invalid_request_error", "run_not_found");
        assertError(get(authenticated(issue(tenant, "live")), run), ErrorCode.RUN_NOT_FOUND, "invalid_request_error", "run_not_found");
    }

    @Test
    void anotherTenantsTemplate_isTemplateNotFound() {
        Tenant other = kycert.tenants().create("Outra", 0L).get();
        Template foreign = template(other, "pf", 1);

        assertError(create(sandboxKey, foreign, "529.982.247-25", null),
                ErrorCode.TEMPLATE_NOT_FOUND, "invalid_request_error", "template_not_found");
    }
}
