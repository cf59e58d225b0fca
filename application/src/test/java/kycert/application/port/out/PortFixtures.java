package kycert.application.port.out;

import io.vavr.control.Option;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.ApiKeyId;
import kycert.domain.apikey.ApiKeySecret;
import kycert.domain.apikey.Environment;
import kycert.domain.apikey.KeySpec;
import kycert.domain.apikey.SecretHasher;
import kycert.domain.idempotency.IdempotencyRecord;
import kycert.domain.idempotency.RequestFingerprint;
import kycert.domain.run.Run;
import kycert.domain.run.RunId;
import kycert.domain.run.RunRequest;
import kycert.domain.run.SandboxBureau;
import kycert.domain.scope.Scope;
import kycert.domain.subject.SubjectType;
import kycert.domain.template.Source;
import kycert.domain.template.Template;
import kycert.domain.template.TemplateId;
import kycert.domain.tenant.Tenant;
import kycert.domain.tenant.TenantId;
import kycert.domain.tenant.TenantStatus;

/**
 * Values the port contracts store: fresh random ids (so contracts never collide in a shared database), whole-second
 * instants in the future (so every store keeps them exactly), and a start gate for concurrency contracts.
 */
public final class PortFixtures {
    /** The contracts' "now": explicit, in the future, whole seconds. */
    public static final Instant T0 = Instant.parse("2030-01-01T12:00:00Z");
    public static final SecretHasher HASHER = new SecretHasher("port-contract-server-secret".getBytes());
    private static final SecureRandom RANDOM = new SecureRandom();

    private PortFixtures() {}

    /** A tenant and a PF template of it, both stored: what every run needs. */
    public record Account(Tenant tenant, Template template) {
        public TenantId id() { return tenant.id(); }
    }

    public static Account account(Ports ports, long credits) {
        Tenant tenant = tenant(credits);
        ports.tenants().insert(tenant);
        Template template = template(tenant.id(), T0);
        ports.templates().insert(template);
        return new Account(tenant, template);
    }

    /** A stored tenant without credits. */
    public static TenantId insertedTenant(Ports ports) {
        Tenant t = tenant(0);
        ports.tenants().insert(t);
        return t.id();
    }

    public static Tenant tenant(long credits) {
        return new Tenant(new TenantId(UUID.randomUUID()), "Corretora " + RANDOM.nextInt(1000), credits, TenantStatus.ACTIVE, T0, Tenant.DEFAULT_RATE_LIMIT);
    }

    public static Template template(TenantId tenant, Instant createdAt) {
        return new Template(new TemplateId(UUID.randomUUID()), tenant, "PF onboarding", SubjectType.PF,
                List.of(Source.SANCTIONS, Source.REGISTRY_STATUS, Source.PEP), 2, true, createdAt);
    }

    public static ApiKey apiKey(TenantId tenant, Environment environment, Instant createdAt) {
        KeySpec spec = new KeySpec("backend", environment, Set.of(Scope.RUNS_WRITE, Scope.RUNS_READ),
                Set.of(SubjectType.PF, SubjectType.PJ), 100);
        return ApiKey.issue(new ApiKeyId(UUID.randomUUID()), tenant, spec, secret(environment), HASHER, createdAt);
    }

    public static ApiKeySecret secret(Environment environment) {
        return ApiKeySecret.generate(environment, RANDOM);
    }

    /** A queued PF run of the account's template. */
    public static Run run(Account account, Environment environment, Instant createdAt, String externalId) {
        return run(account, environment, createdAt, externalId, UUID.randomUUID());
    }

    public static Run run(Account account, Environment environment, Instant createdAt, String externalId, UUID id) {
        RunRequest request = RunRequest.of(account.template().id().toString(), "pf", "529.982.247-25", "Maria Silva",
                externalId, Map.of("customer", "c-42"), "https://hooks.example.com/kyc").get();
        return Run.queued(new RunId(id), account.id(), environment, account.template().id(), request, createdAt);
    }

    /** The run completed with its fixture answers at {@code when}. */
    public static Run completed(Run run, Instant when) {
        return run.complete(SandboxBureau.answer(Source.defaultsFor(SubjectType.PF), run.subject().document()), when).get();
    }

    /** Accepts a free run (cost 0, no idempotency key), failing the test if it is refused. */
    public static Run accepted(Ports ports, Run run) {
        if (!ports.acceptRun().accept(run, 0, Option.none())) throw new AssertionError("free run refused");
        return run;
    }

    public static String scopedKeyHash() {
        return HASHER.macHex("idempotency", UUID.randomUUID().toString());
    }

    public static RequestFingerprint fingerprint(String canonical) {
        return RequestFingerprint.ofCanonical(canonical);
    }

    public static IdempotencyRecord lock(String hash, String body, Instant now) {
        return IdempotencyRecord.lock(hash, fingerprint(body), now);
    }

    /** One call of a concurrency contract, told its thread's index. */
    @FunctionalInterface
    public interface Task<T> {
        T run(int thread) throws Exception;
    }

    /** Runs {@code task} on {@code threads} threads released together; their results, in thread order. */
    public static <T> List<T> concurrently(int threads, Task<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.run(index);
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) results.add(f.get(60, TimeUnit.SECONDS));
            return results;
        } catch (Exception e) {
            throw new AssertionError("a concurrent call failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
