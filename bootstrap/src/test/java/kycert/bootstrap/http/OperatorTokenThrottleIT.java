package kycert.bootstrap.http;

import static kycert.bootstrap.http.ErrorAssert.assertEnvelope;
import static kycert.bootstrap.http.ErrorAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import kycert.bootstrap.testsupport.ApiResponse;
import org.junit.jupiter.api.Test;

/**
 * Guessing the operator token (§6): after 10 wrong tokens in a minute the client address gets 429 with Retry-After,
 * and while it is throttled even the right token is not looked at. (Its own server: the throttle is per node.)
 */
class OperatorTokenThrottleIT extends WithServer {
    private static final int ALLOWED_FAILURES = 10;

    @Test
    void wrongTokens_areThrottledPerAddress_andAThrottledAddressIsRefusedEvenWithTheRightToken() {
        assertThat(server.get("/admin/v1/tenants/" + java.util.UUID.randomUUID()).bearer(TestServer.ADMIN_TOKEN).send().status())
                .as("the right token works before").isEqualTo(404);
        for (int i = 0; i < ALLOWED_FAILURES; i++) {
            ApiResponse wrong = server.post("/admin/v1/tenants").bearer("guess-" + i).json(java.util.Map.of("name", "x")).send();
            assertEnvelope(wrong, 401);
            assertThat(wrong.json().path("error").path("code").asText()).isEqualTo("invalid_token");
        }

        ApiResponse guess = server.post("/admin/v1/tenants").bearer("guess-" + ALLOWED_FAILURES).json(java.util.Map.of("name", "x")).send();
        assertError(guess, Err.RATE_LIMIT_EXCEEDED);
        assertThat(Long.parseLong(guess.header("Retry-After").orElseThrow())).isBetween(1L, 60L);

        ApiResponse right = server.post("/admin/v1/tenants").bearer(TestServer.ADMIN_TOKEN).json(java.util.Map.of("name", "not created")).send();
        assertError(right, Err.RATE_LIMIT_EXCEEDED);
        assertThat(right.header("Retry-After")).isPresent();
    }
}
