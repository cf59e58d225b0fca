package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kycert.application.Kycert;
import kycert.application.port.out.ApiKeyStorePort;
import kycert.application.port.out.IdempotencyStorePort;
import kycert.domain.idempotency.IdempotencyRecord;
import kycert.bootstrap.ServeConfig;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.PgDatabase;
import kycert.bootstrap.testsupport.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Management and operator POSTs are idempotent across nodes (§3, ADR 003): two in-process servers on one throw-away
 * PostgreSQL database, a request retried on the other node with the same Idempotency-Key takes effect once.
 */
class IdempotentPostsTwoNodesIT {
    /** A throw-away database: a missing PostgreSQL fails these tests, it never skips them. */
    private static PgDatabase db;
    private static MgmtServer a;
    private static MgmtServer b;
    private static Session alice;
    private static Session bob;

    @BeforeAll
    static void twoNodes() {
        db = PgDatabase.create();
        a = MgmtServer.start(config());
        b = MgmtServer.start(config());
        alice = a.session();
        bob = a.session();
    }

    @AfterAll
    static void stop() {
        if (a != null) a.close();
        if (b != null) b.close();
        if (db != null) db.close();
    }

    private static ServeConfig config() {
        return new ServeConfig(0, ServeConfig.Store.POSTGRES, Path.of("data"), Option.of(db.url()),
                "postgres", "", Option.of(MgmtServer.ADMIN_TOKEN), Option.of("idempotent-posts-it-secret-" + db.url().hashCode() + "-of-32-characters-or-more"), 2, true);
    }


    private static ApiResponse createKey(MgmtServer node, Session user, String idem, Object body) {
        return node.post("/api/v1/api-keys").bearer(user.token()).idempotencyKey(idem).json(body).send();
    }

    private static List<JsonNode> keysNamed(Session user, String name) {
        List<JsonNode> named = new ArrayList<>();
        user.all("/api/v1/api-keys", 100).forEach(k -> {
            if (k.path("name").asText().equals(name)) named.add(k);
        });
        return named;
    }

    private static ApiResponse topUp(MgmtServer node, String tenant, String idem, long amount) {
        return node.operator("/admin/v1/tenants/" + tenant + "/credits").idempotencyKey(idem).json(Json.object().put("amount", amount)).send();
    }

    private static long credits(MgmtServer node, String tenant) {
        ApiResponse r = node.get("/admin/v1/tenants/" + tenant).bearer(MgmtServer.ADMIN_TOKEN).send();
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json().path("credits").asLong();
    }

    private static String tenantWithCredits(long credits) {
        ApiResponse r = a.operator("/admin/v1/tenants").json(Json.object().put("name", "idem top-up").put("credits", credits)).send();
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.json().path("id").asText();
    }

    @Test
    void aKeyCreationRetriedOnTheOtherNode_createsOneKey_andTheReplayShowsNoFullKey() {
        String name = "retried " + UUID.randomUUID();
        String idem = "create-key-" + UUID.randomUUID();
        ApiResponse first = createKey(a, alice, idem, MgmtServer.keyBody(name, "test"));
        ApiResponse again = createKey(b, alice, idem, MgmtServer.keyBody(name, "test"));

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        String secret = first.json().path("key").asText();
        assertThat(secret).startsWith("sk_test_");
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(again.status()).as("%s", again).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(again.json().has("key")).as("the full key is shown once").isFalse();
        assertThat(again.body()).doesNotContain(secret);
        JsonNode withoutKey = first.json().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) withoutKey).remove("key");
        assertThat(again.json()).isEqualTo(withoutKey);
        assertThat(keysNamed(alice, name)).hasSize(1);
    }

    @Test
    void anOperatorTopUpRetriedOnTwoNodes_isAppliedOnce() {
        String tenant = tenantWithCredits(0);
        String idem = "top-up-" + UUID.randomUUID();

        ApiResponse first = topUp(a, tenant, idem, 200);
        ApiResponse again = topUp(b, tenant, idem, 200);

        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(credits(a, tenant)).isEqualTo(200);
        assertThat(credits(b, tenant)).isEqualTo(200);
    }

    @Test
    void aTopUpWhoseNodeDiedBeforeStoringTheAnswer_isNotAppliedAgainByTheRetry() throws Exception {
        String tenant = tenantWithCredits(0);
        String idem = "died-" + UUID.randomUUID();
        Field storeField = Kycert.class.getDeclaredField("idempotentRequests");
        storeField.setAccessible(true);
        Object service = storeField.get(a.server().kycert());
        Field port = service.getClass().getDeclaredField("store");
        port.setAccessible(true);
        IdempotencyStorePort original = (IdempotencyStorePort) port.get(service);
        // the node applies the top-up, then dies before storing its answer; its lock has lapsed by the retry
        port.set(service, Proxy.newProxyInstance(IdempotencyStorePort.class.getClassLoader(), new Class<?>[] {IdempotencyStorePort.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("complete")) {
                        original.release((IdempotencyRecord) args[0]);
                        throw new IllegalStateException("node died");
                    }
                    try {
                        return method.invoke(original, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
        try {
            assertThat(topUp(a, tenant, idem, 200).status()).isEqualTo(500);
        } finally {
            port.set(service, original);
        }
        assertThat(credits(b, tenant)).as("the first attempt's top-up happened").isEqualTo(200);

        ApiResponse retry = topUp(b, tenant, idem, 200);

        assertThat(retry.status()).as("%s", retry).isEqualTo(200);
        assertThat(retry.json().path("credits").asLong()).isEqualTo(200);
        assertThat(credits(a, tenant)).isEqualTo(200);
    }

    @Test
    void theSameKeyWithAnotherBody_onTheOtherNode_isReused_andChangesNothing() {
        String tenant = tenantWithCredits(0);
        String idem = "reused-" + UUID.randomUUID();
        assertThat(topUp(a, tenant, idem, 10).status()).isEqualTo(200);

        Expect.invalidRequest(topUp(b, tenant, idem, 11), 400, "idempotency_key_reused");

        assertThat(credits(b, tenant)).isEqualTo(10);
    }

    @Test
    void aRefusedRequest_storesNothing_soTheRetryRunsAfresh_onEitherNode() {
        String name = "refused first " + UUID.randomUUID();
        String idem = "refused-" + UUID.randomUUID();
        Expect.invalidRequest(createKey(a, alice, idem, MgmtServer.keyBody(name, "prod")), 400, "invalid_parameter");
        Expect.invalidRequest(createKey(b, alice, idem, MgmtServer.keyBody(name, "prod")), 400, "invalid_parameter");
        assertThat(keysNamed(alice, name)).isEmpty();

        ApiResponse fixed = createKey(b, alice, idem, MgmtServer.keyBody(name, "test"));
        assertThat(fixed.status()).as("%s", fixed).isEqualTo(201);
        assertThat(fixed.header("Idempotent-Replayed")).isEmpty();
        assertThat(fixed.json().path("key").asText()).startsWith("sk_test_");

        String tenant = tenantWithCredits(0);
        String topUpKey = "refused-top-up-" + UUID.randomUUID();
        Expect.invalidRequest(topUp(a, tenant, topUpKey, 0), 400, "invalid_parameter");
        assertThat(topUp(b, tenant, topUpKey, 7).status()).isEqualTo(200);
        assertThat(credits(a, tenant)).isEqualTo(7);
    }

    @Test
    void oneTenantsKey_neverAnswersAnother() {
        String idem = "shared-" + UUID.randomUUID();
        ApiResponse alices = createKey(a, alice, idem, MgmtServer.keyBody("same key", "test"));
        ApiResponse bobs = createKey(b, bob, idem, MgmtServer.keyBody("same key", "test"));

        assertThat(alices.status()).isEqualTo(201);
        assertThat(bobs.status()).isEqualTo(201);
        assertThat(bobs.header("Idempotent-Replayed")).isEmpty();
        assertThat(bobs.json().path("id").asText()).isNotEqualTo(alices.json().path("id").asText());
    }

    @Test
    void aWebhookRegistrationReplay_showsTheEndpointWithoutItsSecret() {
        String idem = "webhook-" + UUID.randomUUID();
        var body = Json.object().put("url", "https://hooks.corretora.example/kycert");
        ApiResponse first = a.post("/api/v1/webhook-endpoints").bearer(alice.token()).idempotencyKey(idem).json(body).send();
        ApiResponse again = b.post("/api/v1/webhook-endpoints").bearer(alice.token()).idempotencyKey(idem).json(body).send();

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(first.json().path("secret").asText()).startsWith("whsec_");
        assertThat(again.status()).as("%s", again).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(again.json().has("secret")).isFalse();
        assertThat(again.body()).doesNotContain(first.json().path("secret").asText());
    }

    @Test
    void whileTheFirstIsExecutingOnOneNode_theSameKeyOnTheOther_is409WithRetryAfter_thenReplays() throws Exception {
        String name = "held " + UUID.randomUUID();
        String idem = "held-" + UUID.randomUUID();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ApiKeyStorePort original = holdKeyInserts(a.server().kycert(), entered, release);
        try {
            CompletableFuture<ApiResponse> first = CompletableFuture.supplyAsync(
                    () -> createKey(a, alice, idem, MgmtServer.keyBody(name, "test")));
            assertThat(entered.await(10, TimeUnit.SECONDS)).as("the first request reached the store").isTrue();

            for (ApiResponse busy : List.of(createKey(b, alice, idem, MgmtServer.keyBody(name, "test")),
                    createKey(b, alice, idem, MgmtServer.keyBody(name + " other", "test")))) {
                Expect.invalidRequest(busy, 409, "idempotency_key_in_use");
                assertThat(busy.header("Retry-After")).isPresent();
                assertThat(Long.parseLong(busy.header("Retry-After").get())).isGreaterThanOrEqualTo(1);
            }

            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(201);
        } finally {
            release.countDown();
            swapKeyStore(a.server().kycert(), original);
        }
        ApiResponse replay = createKey(b, alice, idem, MgmtServer.keyBody(name, "test"));
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(keysNamed(alice, name)).hasSize(1);
    }

    @Test
    void concurrentRequestsWithOneKey_onBothNodes_createOneKey() throws Exception {
        String name = "concurrent " + UUID.randomUUID();
        String idem = "concurrent-" + UUID.randomUUID();
        int n = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<ApiResponse> answers = new ArrayList<>();
        try {
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                MgmtServer node = i % 2 == 0 ? a : b;
                futures.add(pool.submit(() -> {
                    start.await();
                    return createKey(node, alice, idem, MgmtServer.keyBody(name, "test"));
                }));
            }
            start.countDown();
            for (Future<ApiResponse> f : futures) answers.add(f.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }

        List<ApiResponse> fresh = answers.stream()
                .filter(r -> r.status() == 201 && r.header("Idempotent-Replayed").isEmpty()).toList();
        assertThat(fresh).as("%s", answers).hasSize(1);
        for (ApiResponse r : answers) {
            if (r == fresh.get(0)) continue;
            if (r.status() == 201) {
                assertThat(r.header("Idempotent-Replayed")).contains("true");
                assertThat(r.json().has("key")).isFalse();
            } else {
                Expect.invalidRequest(r, 409, "idempotency_key_in_use");
                assertThat(r.header("Retry-After")).isPresent();
            }
        }
        assertThat(keysNamed(alice, name)).hasSize(1);
    }

    /** Makes node's key inserts wait for {@code release} (announcing each on {@code entered}); answers the store it replaced. */
    private static ApiKeyStorePort holdKeyInserts(Kycert kycert, CountDownLatch entered, CountDownLatch release) throws Exception {
        ApiKeyStorePort original = keyStore(kycert);
        ApiKeyStorePort held = (ApiKeyStorePort) Proxy.newProxyInstance(ApiKeyStorePort.class.getClassLoader(),
                new Class<?>[] {ApiKeyStorePort.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("insert")) {
                        entered.countDown();
                        release.await(20, TimeUnit.SECONDS);
                    }
                    try {
                        return method.invoke(original, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        swapKeyStore(kycert, held);
        return original;
    }

    private static Field keyStoreField(Kycert kycert) throws Exception {
        Field service = Kycert.class.getDeclaredField("apiKeys");
        service.setAccessible(true);
        Object admin = service.get(kycert);
        for (Field f : admin.getClass().getDeclaredFields()) {
            if (f.getType() == ApiKeyStorePort.class) {
                f.setAccessible(true);
                return f;
            }
        }
        throw new IllegalStateException("no key store in " + admin.getClass());
    }

    private static ApiKeyStorePort keyStore(Kycert kycert) throws Exception {
        Field service = Kycert.class.getDeclaredField("apiKeys");
        service.setAccessible(true);
        return (ApiKeyStorePort) keyStoreField(kycert).get(service.get(kycert));
    }

    private static void swapKeyStore(Kycert kycert, ApiKeyStorePort store) throws Exception {
        Field service = Kycert.class.getDeclaredField("apiKeys");
        service.setAccessible(true);
        keyStoreField(kycert).set(service.get(kycert), store);
    }
}
