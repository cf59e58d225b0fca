package kycert.bootstrap.process;

import kycert.bootstrap.testsupport.PgDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import kycert.bootstrap.testsupport.Pause;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two real {@code serve} processes on one PostgreSQL database behave as one server (issue 3, CONTRACT §3, §4, §7):
 * idempotency, rate limits, credits, revocation and the run queue are shared, and a node killed with SIGKILL loses
 * no accepted run.
 */
class TwoNodesProcessIT {
    private static PgDatabase db;
    private static ServerProcess processA;
    private static ServerProcess processB;
    private static Node a;
    private static Node b;

    @BeforeAll
    static void twoNodes() {
        db = PgDatabase.create();
        processA = ServerProcess.start("two-nodes-a", List.of("--db-url", db.url()));
        processB = ServerProcess.start("two-nodes-b", List.of("--db-url", db.url()));
        a = Node.of(processA);
        b = Node.of(processB);
    }

    @AfterAll
    static void stop() {
        if (processA != null) processA.close();
        if (processB != null) processB.close();
        if (db != null) db.close();
    }

    private static Node node(int i) { return i % 2 == 0 ? a : b; }

    // ---- idempotency ---------------------------------------------------------------------------------------------

    @Test
    void theSameIdempotencyKeyRacedOnBothNodes_createsExactlyOneRun_andChargesOnce() {
        String tenant = a.createTenant("proc idempotency race", 100);
        String template = a.createTemplate(tenant, 1);
        String key = a.createKey(tenant, "live", 10_000).secret();
        int rounds = 3;
        for (int round = 0; round < rounds; round++) {
            String idem = "race-" + round + "-" + UUID.randomUUID();
            String body = Node.runBody(template, "race-" + round);
            List<Resp> answers = Concurrently.run(20, i -> () -> node(i).postRun(key, body, idem));

            List<Resp> accepted = answers.stream().filter(r -> r.status() == 202).toList();
            List<Resp> original = accepted.stream().filter(r -> !r.replayed()).toList();
            assertThat(accepted).as("at least one request must be accepted: %s", answers).isNotEmpty();
            assertThat(original).as("exactly one original 202 (the others replay): %s", accepted).hasSize(1);
            String runId = original.get(0).id();
            for (Resp r : answers) {
                if (r.status() == 202) {
                    assertThat(r.id()).as("every 202 names the same run: %s", r).isEqualTo(runId);
                    assertThat(r.json()).as("a replay answers the original body: %s", r).isEqualTo(original.get(0).json());
                } else {
                    assertThat(r.status()).as("neither 202 nor 409: %s", r).isEqualTo(409);
                    assertThat(r.errorCode()).as("%s", r).isEqualTo("idempotency_key_in_use");
                    assertThat(r.header("Retry-After")).as("a 409 says when to retry: %s", r).isPresent();
                    assertThat(Long.parseLong(r.header("Retry-After").get())).isGreaterThanOrEqualTo(1);
                }
            }
            Measurements.record("idempotency race", "round " + round + ": " + summary(answers));
            // afterwards, both nodes replay it
            for (Node n : List.of(a, b)) {
                Resp again = call(() -> n.postRun(key, body, idem));
                assertThat(again.status()).as("%s", again).isEqualTo(202);
                assertThat(again.replayed()).as("%s", again).isTrue();
                assertThat(again.id()).isEqualTo(runId);
            }
            List<String> ids = b.allRuns(key, null).stream().map(r -> r.path("id").asText()).toList();
            assertThat(ids).as("runs after %d rounds", round + 1).hasSize(round + 1).contains(runId);
        }
        assertThat(a.credits(tenant)).as("one credit per key, not per request").isEqualTo(100 - rounds);
    }

    // ---- rate limit ----------------------------------------------------------------------------------------------

    @Test
    void aKeysRateLimitHoldsOverBothNodes_whenRequestsAlternate() {
        String tenant = a.createTenant("proc rate sequential", 0);
        String key = a.createKey(tenant, "test", 10).secret();
        List<Resp> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) answers.add(node(i).listRuns(key));
        assertRateLimited(answers, 10);
        for (int i = 0; i < 10; i++) assertThat(answers.get(i).status()).as("%s", answers.get(i)).isEqualTo(200);
    }

    @Test
    void aKeysRateLimitHoldsOverBothNodes_underConcurrentRequests() {
        String tenant = a.createTenant("proc rate concurrent", 0);
        String key = a.createKey(tenant, "test", 10).secret();
        List<Resp> answers = Concurrently.run(30, i -> () -> node(i).send("GET", Node.RUNS, null, "X-API-Key", key));
        assertRateLimited(answers, 10);
    }

    private static void assertRateLimited(List<Resp> answers, int limit) {
        List<Resp> admitted = answers.stream().filter(r -> r.status() != 429).toList();
        assertThat(admitted).as("admitted out of %d: %s", answers.size(), summary(answers)).hasSize(limit);
        assertThat(admitted).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(200));
        for (Resp r : answers) {
            assertThat(r.header("X-RateLimit-Limit")).as("%s", r).contains(String.valueOf(limit));
            if (r.status() != 429) continue;
            assertThat(r.errorCode()).as("%s", r).isEqualTo("rate_limit_exceeded");
            assertThat(r.errorType()).as("%s", r).isEqualTo("server_error");
            assertThat(r.header("Retry-After")).as("a 429 carries Retry-After: %s", r).isPresent();
            assertThat(Long.parseLong(r.header("Retry-After").get())).as("%s", r).isGreaterThanOrEqualTo(1);
        }
    }

    // ---- credits -------------------------------------------------------------------------------------------------

    @Test
    void concurrentLiveRunsOnBothNodes_spendExactlyTheCredits() {
        String tenant = a.createTenant("proc credits race", 5);
        String template = a.createTemplate(tenant, 1);
        String key = a.createKey(tenant, "live", 10_000).secret();
        List<Resp> answers = Concurrently.run(20, i -> () -> node(i).postRun(key, Node.runBody(template, "credit-" + i), null));
        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(Resp::status, TreeMap::new, Collectors.counting()));
        Measurements.record("credits race", "20 POSTs on 5 credits: " + byStatus);
        assertThat(byStatus).as("%s", answers).containsExactlyEntriesOf(new TreeMap<>(Map.of(202, 5L, 402, 15L)));
        for (Resp r : answers) {
            if (r.status() != 402) continue;
            assertThat(r.errorCode()).as("%s", r).isEqualTo("billing_suspended");
            assertThat(r.errorType()).as("%s", r).isEqualTo("billing_error");
        }
        assertThat(a.credits(tenant)).isZero();
        assertThat(b.credits(tenant)).isZero();
        Set<String> accepted = answers.stream().filter(r -> r.status() == 202).map(Resp::id).collect(Collectors.toSet());
        assertThat(a.allRuns(key, null).stream().map(r -> r.path("id").asText()).collect(Collectors.toSet())).isEqualTo(accepted);
    }

    // ---- revocation ----------------------------------------------------------------------------------------------

    @Test
    void aKeyRevokedOnOneNode_isRefusedByTheOtherWithinOneSecond() {
        String tenant = a.createTenant("proc revoke", 0);
        List<Long> millis = new ArrayList<>();
        int firstRequestRefused = 0;
        for (int i = 0; i < 5; i++) {
            Node.Key key = a.createKey(tenant, "test", 1000);
            warm(key.secret());
            a.revoke(tenant, key.id());
            assertRefusedNow(a, key.secret(), "the node that revoked");
            Propagation p = awaitRefused(b, key.secret());
            millis.add(p.millis);
            if (p.attempts == 1) firstRequestRefused++;
        }
        Measurements.record("revocation A->B", "ms until B refused the old secret: " + millis + "; refused on the very first request "
                + firstRequestRefused + "/5");
    }

    @Test
    void aKeyRegeneratedOnOneNode_refusesTheOldSecretOnTheOtherWithinOneSecond_andTheNewOneWorksThere() {
        String tenant = a.createTenant("proc regenerate", 0);
        List<Long> millis = new ArrayList<>();
        int firstRequestRefused = 0;
        for (int i = 0; i < 5; i++) {
            Node.Key key = a.createKey(tenant, "test", 1000);
            warm(key.secret());
            Node.Key fresh = a.regenerate(tenant, key.id());
            assertThat(fresh.id()).isEqualTo(key.id());
            assertThat(fresh.secret()).isNotEqualTo(key.secret());
            assertRefusedNow(a, key.secret(), "the node that regenerated");
            Propagation p = awaitRefused(b, key.secret());
            millis.add(p.millis);
            if (p.attempts == 1) firstRequestRefused++;
            Resp withNew = b.listRuns(fresh.secret());
            assertThat(withNew.status()).as("the new secret on the other node: %s", withNew).isEqualTo(200);
            assertThat(a.listRuns(fresh.secret()).status()).isEqualTo(200);
        }
        Measurements.record("regeneration A->B", "ms until B refused the old secret: " + millis + "; refused on the very first request "
                + firstRequestRefused + "/5");
    }

    /** Both nodes know (and may cache) the key before it changes. */
    private static void warm(String secret) {
        for (int i = 0; i < 2; i++) {
            assertThat(a.listRuns(secret).status()).isEqualTo(200);
            assertThat(b.listRuns(secret).status()).isEqualTo(200);
        }
    }

    private static void assertRefusedNow(Node n, String secret, String who) {
        Resp r = n.listRuns(secret);
        assertThat(r.status()).as("%s must refuse the old secret at once: %s", who, r).isEqualTo(401);
        assertThat(r.errorCode()).as("%s", r).isEqualTo("invalid_api_key");
    }

    private record Propagation(long millis, int attempts) {}

    /** Polls (10 ms apart) for at most 1 s until the node refuses the secret with 401 invalid_api_key. */
    private static Propagation awaitRefused(Node n, String secret) {
        long start = System.nanoTime();
        long deadline = start + 1_000_000_000L;
        List<Resp> admitted = new ArrayList<>();
        int attempts = 0;
        while (true) {
            Resp r = n.listRuns(secret);
            attempts++;
            if (r.status() == 401) {
                assertThat(r.errorCode()).as("%s", r).isEqualTo("invalid_api_key");
                return new Propagation((System.nanoTime() - start) / 1_000_000, attempts);
            }
            admitted.add(r);
            if (System.nanoTime() > deadline) {
                throw new AssertionError(n.name() + " still admitted the old secret 1 s after the change (" + attempts
                        + " attempts, last: " + r + ")");
            }
            Pause.millis(10);
        }
    }

    // ---- a node killed with SIGKILL ------------------------------------------------------------------------------

    @Test
    void runsAcceptedByANodeKilledWithSigkill_areCompletedByTheOtherNode() throws Exception {
        String tenant = b.createTenant("proc sigkill", 0);
        String template = b.createTemplate(tenant, 1);
        String key = b.createKey(tenant, "test", 10_000).secret();
        Map<String, String> accepted = new ConcurrentHashMap<>();
        int total = 60;
        long killedAt;
        try (ServerProcess doomed = ServerProcess.start("two-nodes-doomed", List.of("--db-url", db.url(), "--workers", "1"))) {
            Node c = Node.of(doomed);
            AtomicInteger next = new AtomicInteger();
            AtomicInteger answered = new AtomicInteger();
            List<Resp> refused = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
                List<Future<?>> clients = new ArrayList<>();
                for (int t = 0; t < 16; t++) {
                    clients.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                            Resp r = c.postRun(key, Node.runBody(template, "doomed-" + i), null);
                            if (r.status() == 202) accepted.put(r.id(), "doomed-" + i);
                            else synchronized (refused) { refused.add(r); }
                            if (answered.incrementAndGet() == total) doomed.kill(); // at once after the last answer
                        }
                        return null;
                    }));
                }
                for (Future<?> f : clients) f.get();
            }
            killedAt = System.nanoTime();
            assertThat(doomed.alive()).isFalse();
            assertThat(refused).as("every POST to the doomed node is accepted").isEmpty();
        }
        assertThat(accepted).hasSize(total);
        Map<String, Long> atKill = new HashMap<>();
        for (String id : accepted.keySet()) {
            Resp r = b.getRun(key, id);
            assertThat(r.status()).as("the other node sees the run: %s", r).isEqualTo(200);
            atKill.merge(r.json().path("status").asText(), 1L, Long::sum);
        }
        Map<String, JsonNode> done = awaitCompleted(b, key, accepted.keySet(), killedAt, 45_000);
        long recovered = (System.nanoTime() - killedAt) / 1_000_000;
        Measurements.record("sigkill node", "statuses right after the kill: " + atKill + "; all " + accepted.size() + " completed by the other node "
                + recovered + " ms after the kill" + (recovered > 20_000
                ? " (a run the dead node held came back when its 30 s lease lapsed)"
                : " (the dead node held no unfinished run this time: the lease takeover was not exercised)"));
        for (Map.Entry<String, JsonNode> e : done.entrySet()) {
            assertThat(e.getValue().path("decision").asText()).as("%s", e.getValue()).isEqualTo("APPROVED");
            assertThat(e.getValue().path("external_id").asText()).isEqualTo(accepted.get(e.getKey()));
        }
    }

    /** Polls every run (100 ms apart) until each is completed; fails naming those that are not after the budget. */
    static Map<String, JsonNode> awaitCompleted(Node n, String key, Set<String> ids, long sinceNanos, long budgetMillis) {
        Map<String, JsonNode> done = new HashMap<>();
        Map<String, JsonNode> pending = new HashMap<>();
        long deadline = sinceNanos + budgetMillis * 1_000_000;
        while (true) {
            pending.clear();
            for (String id : ids) {
                if (done.containsKey(id)) continue;
                Resp r = n.getRun(key, id);
                assertThat(r.status()).as("%s", r).isEqualTo(200);
                String status = r.json().path("status").asText();
                assertThat(status).as("run %s: %s", id, r).isNotEqualTo("failed");
                if (status.equals("completed")) done.put(id, r.json());
                else pending.put(id, r.json());
            }
            if (pending.isEmpty()) return done;
            if (System.nanoTime() > deadline) {
                throw new AssertionError(pending.size() + " of " + ids.size() + " runs not completed " + budgetMillis
                        + " ms after the kill: " + pending.values());
            }
            Pause.millis(100);
        }
    }

    static String summary(List<Resp> answers) {
        return answers.stream().collect(Collectors.groupingBy(
                r -> r.status() + (r.replayed() ? " replayed" : "") + (r.errorCode().isEmpty() ? "" : " " + r.errorCode()),
                TreeMap::new, Collectors.counting())).toString();
    }

    interface IoCall { Resp call() throws IOException; }

    static Resp call(IoCall c) {
        try {
            return c.call();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
