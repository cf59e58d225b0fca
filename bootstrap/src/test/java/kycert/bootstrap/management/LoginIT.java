package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/auth/login}: a short-lived token for the right password, one indistinguishable 401 otherwise. */
class LoginIT {
    private static MgmtServer server;
    private static String tenant;

    @BeforeAll
    static void start() {
        server = MgmtServer.start();
        tenant = server.createTenant("login tenant");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A fresh user per test, so no test's failures throttle another's email. */
    private static String freshUser() {
        String email = "login-" + UUID.randomUUID() + "@corretora.example";
        server.createUser(tenant, email, MgmtServer.PASSWORD);
        return email;
    }

    @Test
    void theRightPassword_answersAShortLivedBearerToken() throws Exception {
        ApiResponse r = server.loginRaw(freshUser(), MgmtServer.PASSWORD);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asInt()).isBetween(1, 900);
        String token = body.path("access_token").asText();
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode header = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.path("alg").asText()).isEqualTo("HS256");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isBetween(1L, 900L);
        assertThat(claims.path("tid").asText()).isEqualTo(tenant);
        assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).doesNotContain("login-");
        assertThat(r.header("Cache-Control")).hasValue("no-store");
        assertThat(r.header("X-Request-Id")).isPresent();
        assertThat(r.body()).doesNotContain(MgmtServer.PASSWORD);
    }

    @Test
    void theEmail_isCaseInsensitive() {
        String email = freshUser();
        assertThat(server.loginRaw(email.toUpperCase(), MgmtServer.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aWrongPassword_anUnknownEmail_andAMalformedEmail_answerTheSame401() {
        String email = freshUser();
        List<ApiResponse> answers = List.of(server.loginRaw(email, MgmtServer.PASSWORD + "x"),
                server.loginRaw("nobody-" + UUID.randomUUID() + "@corretora.example", MgmtServer.PASSWORD),
                server.loginRaw("not an email", MgmtServer.PASSWORD));
        List<String> messages = answers.stream()
                .map(r -> Expect.authentication(r, "invalid_credentials").param(null).message()).distinct().toList();
        assertThat(messages).as("one message for all").hasSize(1);
        assertThat(answers.get(0).body().replaceAll("req_\\w+", ""))
                .isEqualTo(answers.get(1).body().replaceAll("req_\\w+", ""));
    }

    @Test
    void anUnknownEmail_takesAboutAsLongAsAWrongPassword() {
        String email = freshUser();
        long wrong = medianMillis(() -> server.loginRaw(email, "Wrong-Password-123"));
        long unknown = medianMillis(() -> server.loginRaw("ghost-" + UUID.randomUUID() + "@corretora.example", "Wrong-Password-123"));
        // both run the same KDF; only a gross difference (a skipped hash) would show through scheduling noise
        assertThat(unknown).as("unknown %d ms vs wrong %d ms", unknown, wrong).isGreaterThanOrEqualTo(wrong / 3);
        assertThat(wrong).as("wrong %d ms vs unknown %d ms", wrong, unknown).isGreaterThanOrEqualTo(unknown / 3);
    }

    @Test
    void missingOrMistypedFields_are400_namingTheField() {
        Expect.invalidRequest(server.post("/api/auth/login").json(Json.object()).send(), 400, "missing_parameter").param("email");
        Expect.invalidRequest(server.post("/api/auth/login").json(Json.object().put("email", "a@b.example")).send(),
                400, "missing_parameter").param("password");
        Expect.invalidRequest(server.post("/api/auth/login").json(Json.object().put("email", 42).put("password", "x")).send(),
                400, "invalid_parameter").param("email");
        Expect.invalidRequest(server.post("/api/auth/login").json(Json.object().put("email", "a@b.example").put("password", 7)).send(),
                400, "invalid_parameter").param("password");
    }

    @Test
    void aBodyThatIsNotJson_is415_or400() {
        Expect.invalidRequest(server.post("/api/auth/login").raw("text/plain", "email=a&password=b").send(), 415, "unsupported_media_type");
        Expect.invalidRequest(server.post("/api/auth/login").raw("application/json", "{\"email\":").send(), 400, "invalid_json");
        Expect.invalidRequest(server.post("/api/auth/login").raw("application/json", "[]").send(), 400, "invalid_json");
    }

    @Test
    void theApiVersionHeader_isHonouredAndEchoed() {
        String email = freshUser();
        ApiResponse unknown = server.post("/api/auth/login").header("x-kycert-api-version", "1999-01-01")
                .json(Json.object().put("email", email).put("password", MgmtServer.PASSWORD)).send();
        Expect.invalidRequest(unknown, 400, "unknown_api_version").param("x-kycert-api-version");
        ApiResponse known = server.post("/api/auth/login").header("x-kycert-api-version", "2026-06-03")
                .json(Json.object().put("email", email).put("password", MgmtServer.PASSWORD)).send();
        assertThat(known.status()).isEqualTo(200);
        assertThat(known.header("x-kycert-api-version")).hasValue("2026-06-03");
    }

    @Test
    void otherMethods_are405() {
        ApiResponse r = server.get("/api/auth/login").send();
        Expect.invalidRequest(r, 405, "method_not_allowed");
        assertThat(r.header("Allow")).hasValue("POST");
    }

    @Test
    void successAndFailure_areInTheTenantsAuditLog_withoutThePassword() {
        String email = "zed-" + UUID.randomUUID() + "@corretora.example";
        String userId = server.createUser(tenant, email, MgmtServer.PASSWORD);
        server.loginRaw(email, "Not-The-Password-1");
        String token = server.login(email, MgmtServer.PASSWORD);
        ApiResponse r = server.get("/api/v1/audit-events?limit=100").bearer(token).send();
        assertThat(r.status()).isEqualTo(200);
        List<JsonNode> mine = new java.util.ArrayList<>();
        r.json().path("data").forEach(e -> {
            if (e.path("target_id").asText().equals(userId) && e.path("action").asText().startsWith("login.")) mine.add(e);
        });
        assertThat(mine).extracting(e -> e.path("action").asText()).containsExactly("login.succeeded", "login.failed");
        JsonNode failed = mine.get(1);
        assertThat(failed.path("actor").path("type").asText()).isEqualTo("anonymous");
        assertThat(failed.path("actor").path("display").asText()).isEqualTo("z***@corretora.example");
        assertThat(failed.path("target_type").asText()).isEqualTo("user");
        assertThat(failed.path("client_address").asText()).isEqualTo("127.0.0.1");
        JsonNode succeeded = mine.get(0);
        assertThat(succeeded.path("actor").path("type").asText()).isEqualTo("user");
        assertThat(succeeded.path("actor").path("id").asText()).isEqualTo(userId);
        assertThat(r.body()).doesNotContain("Not-The-Password-1", MgmtServer.PASSWORD, email);
    }

    private static long medianMillis(Runnable call) {
        long[] t = new long[3];
        for (int i = 0; i < t.length; i++) {
            long start = System.nanoTime();
            call.run();
            t[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(t);
        return t[1];
    }
}
