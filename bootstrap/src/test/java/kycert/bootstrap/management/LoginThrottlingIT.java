package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import org.junit.jupiter.api.Test;

/** Repeated failed logins are throttled (429 with Retry-After), per email and per client address; forwarding headers do not help. */
class LoginThrottlingIT {

    @Test
    void repeatedFailuresForOneEmail_are429_evenForTheRightPassword_butOtherUsersCarryOn() {
        try (MgmtServer server = MgmtServer.start()) {
            String tenant = server.createTenant("throttle tenant");
            String victim = "victim@corretora.example";
            String other = "other@corretora.example";
            server.createUser(tenant, victim, MgmtServer.PASSWORD);
            server.createUser(tenant, other, MgmtServer.PASSWORD);

            ApiResponse last = null;
            int failures = 0;
            for (; failures < 30; failures++) {
                last = server.loginRaw(victim, "Wrong-Password-" + failures);
                if (last.status() == 429) break;
                Expect.authentication(last, "invalid_credentials");
            }
            assertThat(failures).as("throttled after a few failures").isBetween(3, 10);
            assertThrottled(last);
            assertThrottled(server.loginRaw(victim, MgmtServer.PASSWORD));
            assertThat(server.loginRaw(other, MgmtServer.PASSWORD).status()).as("another email from the same address").isEqualTo(200);
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
            assertThat(failures).as("throttled by address").isBetween(5, 50);
            assertThrottled(last);
            assertThrottled(server.post("/api/auth/login").header("X-Forwarded-For", "203.0.113.250")
                    .json(Json.object().put("email", user).put("password", MgmtServer.PASSWORD)).send());
        }
    }

    private static void assertThrottled(ApiResponse r) {
        Expect.error(r, 429, "server_error", "rate_limit_exceeded");
        assertThat(r.header("Retry-After")).as("%s", r).isPresent();
        assertThat(Long.parseLong(r.header("Retry-After").get())).isBetween(1L, 15L * 60);
    }
}
