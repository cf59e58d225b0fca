package kycert.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import kycert.application.Kycert;
import kycert.application.port.in.CreateApiKeyCommand;
import kycert.application.port.in.CreateRunCommand;
import kycert.application.port.in.CreateTemplateCommand;
import kycert.application.port.out.EventPayloadPort;
import kycert.application.port.out.Integrations;
import kycert.application.port.out.WebhookSenderPort;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.SecretHasher;
import kycert.domain.error.ApiError;
import kycert.domain.idempotency.RequestFingerprint;
import kycert.domain.run.Run;
import kycert.domain.run.RunRequest;
import kycert.domain.run.RunStatus;
import kycert.domain.template.Template;
import kycert.domain.tenant.Tenant;
import kycert.domain.webhook.DeliveryAttempt;
import kycert.domain.webhook.WebhookDelivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A worker takes queued runs in batches: every run of a batch is completed exactly once with its own outbox, and a
 * queued run that is already over is let go without being touched. Driven step by step (no worker threads).
 */
class RunProcessingBatchTest {
    private static final byte[] SECRET = "batch-test-server-secret-0123456".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String APPROVED_CPF = "529.982.247-25";

    private InMemoryAdapters stores;
    private Kycert kycert;
    private Tenant tenant;
    private Template pf;
    private ApiKey key;

    @BeforeEach
    void setUp() {
        stores = InMemoryAdapters.createAll();
        Integrations offline = Integrations.offline();
        // webhook targets accepted as given and events rendered as their id, so each run's outbox can be inspected
        WebhookSenderPort acceptingTargets = new WebhookSenderPort() {
            @Override
            public DeliveryAttempt send(String url, Map<String, String> headers, String body, int attempt, Instant now) {
                throw new AssertionError("nothing is sent in this test");
            }

            @Override
            public Either<ApiError, String> checkTarget(String url) {
                return Either.right(url);
            }
        };
        EventPayloadPort idOnly = (id, type, created, run) -> id;
        kycert = new Kycert(stores.ports(), stores.management(), new Integrations(offline.passwords(), acceptingTargets, idOnly),
                new SecretHasher(SECRET), Clock.fixed(NOW, ZoneOffset.UTC));
        tenant = kycert.tenants().create("Corretora Lote", 0L).get();
        pf = kycert.templates().create(new CreateTemplateCommand(tenant.id().toString(), "pf onboarding", "pf", null, 1)).get();
        String secret = kycert.apiKeys().create(new CreateApiKeyCommand(tenant.id().toString(), "backend", "test",
                List.of("runs:write", "runs:read"), null, null)).get().secret().value();
        key = kycert.authenticate().authenticate(secret).get();
    }

    private Run created(int i) {
        String hook = "https://hooks.example.com/run/" + i;
        var request = RunRequest.of(pf.id().toString(), "pf", APPROVED_CPF, null, null, null, hook);
        return kycert.createRun().create(new CreateRunCommand(key, Option.none(),
                RequestFingerprint.ofCanonical("{\"i\":" + i + "}"), request)).getOrElseThrow(e -> new AssertionError(e.toString())).run();
    }

    private int batchesUntilIdle() {
        int batches = 0;
        while (kycert.processRuns().processNext()) batches++;
        return batches;
    }

    @Test
    void twentyQueuedRuns_takeThreeBatches_andEachEndsOnceWithItsOwnEvent() {
        List<Run> runs = IntStream.range(0, 20).mapToObj(this::created).toList();

        assertThat(batchesUntilIdle()).isEqualTo(3);

        for (Run run : runs) {
            assertThat(stores.ports().runs().findById(run.id()).get().status()).isEqualTo(RunStatus.COMPLETED);
        }
        List<WebhookDelivery> outbox = stores.management().webhookDeliveries().list(tenant.id(), Option.none(), 100);
        assertThat(outbox).hasSize(20);
        assertThat(outbox).extracting(WebhookDelivery::url).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, 20).mapToObj(i -> "https://hooks.example.com/run/" + i).toList());
        assertThat(outbox).extracting(WebhookDelivery::eventId).doesNotHaveDuplicates();
        assertThat(stores.ports().queue().claim(NOW.plusSeconds(3600), Duration.ofSeconds(30))).isEmpty();
    }

    @Test
    void aQueuedRunAlreadyOver_isLetGo_unchanged_andTheRestOfItsBatchIsProcessed() {
        Run over = created(0);
        Run failed = over.fail(NOW).get();
        assertThat(stores.ports().runs().transition(failed)).isTrue();
        Run other = created(1);

        assertThat(batchesUntilIdle()).isEqualTo(1);

        assertThat(stores.ports().runs().findById(over.id())).containsExactly(failed);
        assertThat(stores.ports().runs().findById(other.id()).get().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(stores.management().webhookDeliveries().list(tenant.id(), Option.none(), 100))
                .extracting(WebhookDelivery::url).containsExactly("https://hooks.example.com/run/1");
    }
}
