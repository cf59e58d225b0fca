package kycert.bootstrap.process;

import kycert.bootstrap.testsupport.PgDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import kycert.bootstrap.testsupport.Pause;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SIGKILL while clients POST, then a restart on the same data (issue 3; CONTRACT §3 idempotency, §7): every run
 * answered 202 exists and completes, keys used before the crash replay, and a key whose request never got an answer
 * yields exactly one run when retried — never a 409 forever.
 */
class CrashRecoveryProcessIT {
    private static final int CLIENTS = 4;
    private static final long INITIAL_CREDITS = 1_000_000;
    /** The idempotency lock and the worker lease both lapse after 30 s; give a little more. */
    private static final long RECOVERY_BUDGET_MILLIS = 40_000;

    private static PgDatabase db;
    private final List<ServerProcess> started = new ArrayList<>();

    @BeforeAll
    static void database() {
        db = PgDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        if (db != null) db.close();
    }

    @AfterEach
    void stopServers() {
        started.forEach(ServerProcess::close);
    }

    @Test
    void embeddedFileStore_keepsEveryAcceptedRunAndIdempotencyKeyAcrossSigkill() {
        Path dataDir = ServerProcess.WORK.resolve("crash-embedded-" + UUID.randomUUID());
        crashWhilePostingAndRecover("crash-embedded", List.of("--data-dir", dataDir.toString()));
    }

    @Test
    void postgres_keepsEveryAcceptedRunAndIdempotencyKeyAcrossSigkill() {
        crashWhilePostingAndRecover("crash-postgres", List.of("--db-url", db.url()));
    }

    private ServerProcess start(String name, List<String> args) {
        ServerProcess p = ServerProcess.start(name, args);
        started.add(p);
        return p;
    }

    private void crashWhilePostingAndRecover(String label, List<String> storeArgs) {
        ServerProcess before = start(label + "-before", storeArgs);
        Node n1 = Node.of(before);
        String tenant = n1.createTenant(label, INITIAL_CREDITS);
        String template = n1.createTemplate(tenant, 1);
        String key = n1.createKey(tenant, "live", 10_000).secret();

        // ---- clients POST with idempotency keys while the server is SIGKILLed --------------------------------------
        Map<String, String> accepted = new ConcurrentHashMap<>(); // idempotency key -> run id
        Map<String, Long> answeredAt = new ConcurrentHashMap<>(); // idempotency key -> when its 202 arrived (nanos)
        Set<String> unanswered = ConcurrentHashMap.newKeySet();
        List<Resp> unexpected = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        long killedAt;
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < CLIENTS; t++) {
                int thread = t;
                clients.add(pool.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String idem = label + "-t" + thread + "-" + i;
                        try {
                            Resp r = n1.postRun(key, Node.runBody(template, idem), idem);
                            if (r.status() == 202 && !r.replayed()) {
                                answeredAt.put(idem, System.nanoTime());
                                accepted.put(idem, r.id());
                            }
                            else synchronized (unexpected) { unexpected.add(r); }
                        } catch (IOException e) {
                            unanswered.add(idem); // in flight when the server died (or sent after): no answer
                            return null;
                        }
                    }
                    return null;
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (accepted.size() < 60 && System.nanoTime() < deadline) Pause.millis(5);
            before.kill();
            killedAt = System.nanoTime();
            stop.set(true);
            for (Future<?> f : clients) f.get(40, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the clients failed: " + e, e);
        }
        assertThat(unexpected).as("before the kill every POST is an original 202").isEmpty();
        assertThat(accepted).as("runs accepted before the kill").isNotEmpty();

        // ---- restart on the same data -------------------------------------------------------------------------------
        long restartStart = System.nanoTime();
        ServerProcess after = start(label + "-after", storeArgs);
        long restartMillis = (System.nanoTime() - restartStart) / 1_000_000;
        Node n2 = Node.of(after);

        // every run answered 202 exists
        List<String> missing = new ArrayList<>();
        List<Long> missingAnsweredBeforeKill = new ArrayList<>();
        long newestKeptMsBeforeKill = Long.MAX_VALUE;
        for (Map.Entry<String, String> e : accepted.entrySet()) {
            Resp r = n2.getRun(key, e.getValue());
            long msBeforeKill = (killedAt - answeredAt.get(e.getKey())) / 1_000_000;
            if (r.status() != 200) {
                missing.add(e.getKey() + " -> " + e.getValue() + ": " + r.status() + " " + r.errorCode() + " (its 202 came "
                        + msBeforeKill + " ms before the kill)");
                missingAnsweredBeforeKill.add(msBeforeKill);
                continue;
            }
            newestKeptMsBeforeKill = Math.min(newestKeptMsBeforeKill, msBeforeKill);
            assertThat(r.id()).isEqualTo(e.getValue());
            assertThat(r.json().path("external_id").asText()).isEqualTo(e.getKey());
        }
        if (!missing.isEmpty()) {
            Measurements.record(label, missing.size() + " of " + accepted.size() + " runs answered 202 are gone after the restart;"
                    + " their 202s came " + missingAnsweredBeforeKill.stream().mapToLong(Long::longValue).min().orElse(0) + ".."
                    + missingAnsweredBeforeKill.stream().mapToLong(Long::longValue).max().orElse(0) + " ms before the SIGKILL"
                    + " (the most recent run kept was answered " + newestKeptMsBeforeKill + " ms before it)");
        }
        assertThat(missing).as("runs answered 202 before the SIGKILL but unknown after the restart (%d of %d accepted; logs %s, %s)",
                missing.size(), accepted.size(), before.log(), after.log()).isEmpty();

        // nothing else exists but the runs of unanswered requests, each at most once; credits match the runs
        List<JsonNode> listed = n2.allRuns(key, null);
        Map<String, String> runByExternalId = new HashMap<>();
        for (JsonNode run : listed) {
            String ext = run.path("external_id").asText();
            assertThat(runByExternalId.put(ext, run.path("id").asText())).as("two runs for the key %s", ext).isNull();
            assertThat(accepted.containsKey(ext) || unanswered.contains(ext))
                    .as("a run nobody asked for: %s", run).isTrue();
        }
        Set<String> survivorsOfUnanswered = unanswered.stream().filter(runByExternalId::containsKey).collect(Collectors.toSet());
        assertThat(INITIAL_CREDITS - n2.credits(tenant)).as("credits taken = runs kept").isEqualTo(listed.size());

        // keys used before the crash replay the same run
        List<Resp> replays = Concurrently.run(CLIENTS, t -> () -> {
            List<Resp> out = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, String> e : accepted.entrySet()) {
                if (i++ % CLIENTS == t) out.add(n2.postRun(key, Node.runBody(template, e.getKey()), e.getKey()));
            }
            return out;
        }).stream().flatMap(List::stream).toList();
        assertThat(replays).hasSize(accepted.size());
        for (Resp r : replays) {
            assertThat(r.status()).as("replay after restart: %s", r).isEqualTo(202);
            assertThat(r.replayed()).as("replay after restart: %s", r).isTrue();
            assertThat(accepted.get(r.json().path("external_id").asText())).as("%s", r).isEqualTo(r.id());
        }

        // an unanswered request's key, retried, yields exactly one run (maybe after a 409 while its lock lapses)
        Map<String, Retry> retries = new HashMap<>();
        List<String> keys = new ArrayList<>(unanswered);
        if (!keys.isEmpty()) {
            List<Retry> results = Concurrently.run(keys.size(), i -> () -> retryUntilAccepted(n2, key, template, keys.get(i), killedAt));
            for (int i = 0; i < keys.size(); i++) retries.put(keys.get(i), results.get(i));
        }
        Set<String> allRuns = new HashSet<>(accepted.values());
        for (Map.Entry<String, Retry> e : retries.entrySet()) {
            String idem = e.getKey();
            Resp last = e.getValue().last;
            if (runByExternalId.containsKey(idem)) {
                assertThat(last.id()).as("the run the dead server kept for %s is the one the retry gets: %s", idem, last)
                        .isEqualTo(runByExternalId.get(idem));
                assertThat(last.replayed()).as("%s", last).isTrue();
            }
            List<JsonNode> withKey = n2.allRuns(key, "external_id=" + idem);
            assertThat(withKey).as("exactly one run for the retried key %s", idem).hasSize(1);
            assertThat(withKey.get(0).path("id").asText()).isEqualTo(last.id());
            allRuns.add(last.id());
        }

        // every run completes, including those the dead process had claimed (their lease lapses after 30 s)
        Map<String, JsonNode> done = TwoNodesProcessIT.awaitCompleted(n2, key, allRuns, killedAt, RECOVERY_BUDGET_MILLIS + 5_000);
        long completedMillis = (System.nanoTime() - killedAt) / 1_000_000;
        assertThat(done).hasSize(allRuns.size());
        assertThat(INITIAL_CREDITS - n2.credits(tenant)).as("credits taken = runs kept, after the retries").isEqualTo(allRuns.size());

        Measurements.record(label, accepted.size() + " runs answered 202 before the SIGKILL, " + unanswered.size()
                + " requests without answer (" + survivorsOfUnanswered.size() + " of them had created their run); restart took "
                + restartMillis + " ms; unanswered keys resolved: " + retries.values() + "; all " + allRuns.size()
                + " runs completed " + completedMillis + " ms after the kill");
    }

    /** How the retry of an unanswered request's key went: the 409s seen first, and the final 202. */
    private record Retry(int conflicts, long millisAfterKill, Resp last) {
        @Override
        public String toString() {
            return (last.replayed() ? "replayed" : "ran afresh") + " after " + conflicts + "×409 at +" + millisAfterKill + " ms";
        }
    }

    private static Retry retryUntilAccepted(Node n, String apiKey, String template, String idem, long killedAt) throws IOException {
        long deadline = killedAt + RECOVERY_BUDGET_MILLIS * 1_000_000;
        int conflicts = 0;
        while (true) {
            Resp r = n.postRun(apiKey, Node.runBody(template, idem), idem);
            if (r.status() == 202) return new Retry(conflicts, (System.nanoTime() - killedAt) / 1_000_000, r);
            assertThat(r.status()).as("retrying %s after the restart: %s", idem, r).isEqualTo(409);
            assertThat(r.errorCode()).as("%s", r).isEqualTo("idempotency_key_in_use");
            assertThat(r.header("Retry-After")).as("%s", r).isPresent();
            assertThat(Long.parseLong(r.header("Retry-After").get())).as("%s", r).isGreaterThanOrEqualTo(1);
            conflicts++;
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the key " + idem + " of a request killed in flight still answers 409 "
                        + (System.nanoTime() - killedAt) / 1_000_000 + " ms after the kill: " + r);
            }
            Pause.millis(250);
        }
    }
}
