package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import kycert.bootstrap.testsupport.Pause;
import org.junit.jupiter.api.Test;

/**
 * Failed logins are throttled per (email, client address) with growing delays and per client address, never per
 * email alone: a guesser elsewhere cannot lock the owner out. Client addresses are loopback addresses (127.0.0.x);
 * forwarding headers do not change them.
 */
class LoginThrottlingIT {
    private static final String OWNER_ADDRESS = "127.0.0.1";
    private static final String GUESSER = "127.0.0.2";

    @Test
    void theRightPasswordFromACleanAddress_succeeds_rightAfterManyFailuresFromAnother() {
        try (MgmtServer server = MgmtServer.start()) {
            String tenant = server.createTenant("throttle tenant");
            String victim = "victim@corretora.example";
            server.createUser(tenant, victim, MgmtServer.PASSWORD);

            List<Integer> guesses = new ArrayList<>();
            for (int i = 0; i < 8; i++) guesses.add(server.loginFrom(GUESSER, victim, "Wrong-Password-" + i).status());
            assertThat(guesses).as("the guesser is refused").contains(429);

            ApiResponse owner = server.loginFrom(OWNER_ADDRESS, victim, MgmtServer.PASSWORD);
            assertThat(owner.status()).as("the owner from a clean address: %s", owner).isEqualTo(200);
            assertThat(owner.json().path("access_token").asText()).isNotBlank();
        }
    }

    @Test
    void aGuessingAddress_isRefusedWith429_andRetryAfterGrowing1s2s4s_withoutItsPasswordBeingChecked() {
        try (MgmtServer server = MgmtServer.start()) {
            String tenant = server.createTenant("throttle tenant");
            String victim = "victim@corretora.example";
            String other = "other@corretora.example";
            server.createUser(tenant, victim, MgmtServer.PASSWORD);
            server.createUser(tenant, other, MgmtServer.PASSWORD);

            for (int i = 0; i < 3; i++) Expect.authentication(server.loginFrom(GUESSER, victim, "Wrong-Password-" + i), "invalid_credentials");
            List<Long> retryAfter = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                long wait = assertThrottled(server.loginFrom(GUESSER, victim, "Wrong-Password-x" + round));
                retryAfter.add(wait);
                Pause.millis(wait * 1000 + 150);
                Expect.authentication(server.loginFrom(GUESSER, victim, "Wrong-Password-y" + round), "invalid_credentials");
            }
            assertThat(retryAfter).containsExactly(1L, 2L, 4L);

            assertThat(assertThrottled(server.loginFrom(GUESSER, victim, MgmtServer.PASSWORD))).as("even the right password waits").isEqualTo(8);
            assertThat(server.loginFrom(GUESSER, other, MgmtServer.PASSWORD).status()).as("another email from the same address").isEqualTo(200);
            assertThat(server.loginFrom(OWNER_ADDRESS, victim, MgmtServer.PASSWORD).status()).as("the owner elsewhere").isEqualTo(200);
        }
    }

    @Test
    void anUnknownEmail_isThrottledExactlyLikeAKnownOne() {
        try (MgmtServer server = MgmtServer.start()) {
            String unknown = "nobody-" + UUID.randomUUID() + "@corretora.example";

            for (int i = 0; i < 3; i++) Expect.authentication(server.loginFrom(GUESSER, unknown, "Wrong-Password-" + i), "invalid_credentials");

            assertThat(assertThrottled(server.loginFrom(GUESSER, unknown, "Wrong-Password-3"))).isEqualTo(1);
        }
    }

    @Test
    void parallelGuessesFromOneAddress_getOnlyTheFreeTries_theRestAre429() throws Exception {
        try (MgmtServer server = MgmtServer.start()) {
            String tenant = server.createTenant("throttle tenant");
            String victim = "victim@corretora.example";
            server.createUser(tenant, victim, MgmtServer.PASSWORD);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    String guess = "Wrong-Password-" + i;
                    answers.add(pool.submit(() -> server.loginFrom(GUESSER, victim, guess).status()));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : answers) statuses.add(f.get());

                assertThat(statuses).filteredOn(s -> s == 401).hasSize(3);
                assertThat(statuses).filteredOn(s -> s == 429).hasSize(9);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aSuccessfulLogin_clearsThePairsFailures() {
        try (MgmtServer server = MgmtServer.start()) {
            String tenant = server.createTenant("throttle tenant");
            String user = "typo@corretora.example";
            server.createUser(tenant, user, MgmtServer.PASSWORD);
            for (int i = 0; i < 3; i++) Expect.authentication(server.loginFrom(GUESSER, user, "Wrong-Password-" + i), "invalid_credentials");
            Pause.millis(assertThrottled(server.loginFrom(GUESSER, user, "Wrong-Password-3")) * 1000 + 150);

            assertThat(server.loginFrom(GUESSER, user, MgmtServer.PASSWORD).status()).isEqualTo(200);

            for (int i = 0; i < 3; i++) Expect.authentication(server.loginFrom(GUESSER, user, "Wrong-Password-again" + i), "invalid_credentials");
        }
    }

    @Test
    void repeatedFailuresFromOneAddress_are429_whateverTheEmailOrTheForwardingHeaders() {
        try (MgmtServer server = MgmtServer.start()) {
            String tenant = server.createTenant("throttle tenant");
            String user = "someone@corretora.example";
            server.createUser(tenant, user, MgmtServer.PASSWORD);

            ApiResponse last = null;
            int failures = 0;
            for (; failures < 100; failures++) {
                last = server.post("/api/auth/login").header("X-Forwarded-For", "203.0.113." + failures)
                        .header("Forwarded", "for=198.51.100." + failures)
                        .json(Json.object().put("email", "spray-" + UUID.randomUUID() + "@corretora.example")
                                .put("password", "Wrong-Password-1")).send();
                if (last.status() == 429) break;
                Expect.authentication(last, "invalid_credentials");
            }
            assertThat(failures).as("throttled by address").isEqualTo(20);
            assertThrottled(last);
            assertThrottled(server.post("/api/auth/login").header("X-Forwarded-For", "203.0.113.250")
                    .json(Json.object().put("email", user).put("password", MgmtServer.PASSWORD)).send());
            assertThat(server.loginFrom(GUESSER, user, MgmtServer.PASSWORD).status()).as("from another address").isEqualTo(200);
        }
    }

    /** Asserts a 429 rate_limit_exceeded with a Retry-After of 1 s to 15 min; returns the Retry-After. */
    static long assertThrottled(ApiResponse r) {
        Expect.error(r, 429, "server_error", "rate_limit_exceeded");
        assertThat(r.header("Retry-After")).as("%s", r).isPresent();
        long seconds = Long.parseLong(r.header("Retry-After").get());
        assertThat(seconds).isBetween(1L, 15L * 60);
        return seconds;
    }
}
