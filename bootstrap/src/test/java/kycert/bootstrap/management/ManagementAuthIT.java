package kycert.bootstrap.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import kycert.adapters.http.security.JwtTokens;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import kycert.domain.apikey.SecretHasher;
import kycert.domain.tenant.TenantId;
import kycert.domain.user.Email;
import kycert.domain.user.User;
import kycert.domain.user.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The management plane's door: only an unexpired access token from this deployment gets in (missing_token,
 * invalid_token, expired_token otherwise); an API key is refused there, and an access token on the data plane.
 */
class ManagementAuthIT {
    private static final String SECRET = "management-auth-it-secret-" + UUID.randomUUID();
    /** Every management route, as method and a path with ids filled in. */
    private static final List<String[]> ROUTES = List.of(
            new String[] {"GET", "/api/v1/api-keys"}, new String[] {"POST", "/api/v1/api-keys"},
            new String[] {"GET", "/api/v1/api-keys/" + UUID.randomUUID()},
            new String[] {"POST", "/api/v1/api-keys/" + UUID.randomUUID() + "/revoke"},
            new String[] {"POST", "/api/v1/api-keys/" + UUID.randomUUID() + "/regenerate"},
            new String[] {"GET", "/api/v1/templates"}, new String[] {"POST", "/api/v1/templates"},
            new String[] {"POST", "/api/v1/templates/" + UUID.randomUUID() + "/deactivate"},
            new String[] {"GET", "/api/v1/webhook-endpoints"}, new String[] {"POST", "/api/v1/webhook-endpoints"},
            new String[] {"DELETE", "/api/v1/webhook-endpoints/" + UUID.randomUUID()},
            new String[] {"GET", "/api/v1/webhook-deliveries"}, new String[] {"GET", "/api/v1/audit-events"});

    private static MgmtServer server;
    private static Session user;
    private static String apiKey;

    @BeforeAll
    static void start() {
        server = MgmtServer.start(true, Option.of(SECRET));
        user = server.session();
        apiKey = user.createKey("auth key", "test").path("key").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noToken_isMissingToken_onEveryRoute() {
        for (String[] route : ROUTES) {
            ApiResponse r = server.call(route[0], route[1]).send();
            Expect.authentication(r, "missing_token").param(null);
            assertThat(r.header("WWW-Authenticate")).as("%s", r).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
    }

    @Test
    void anApiKey_isRefused_onEveryRoute_asBearerOrAsXApiKey() {
        for (String[] route : ROUTES) {
            Expect.authentication(server.call(route[0], route[1]).bearer(apiKey).send(), "invalid_token");
            Expect.authentication(server.call(route[0], route[1]).key(apiKey).send(), "invalid_token");
        }
    }

    @Test
    void garbage_theOperatorToken_andAnotherSchemesCredentials_areRefused() {
        for (String token : List.of("garbage", "a.b.c", MgmtServer.ADMIN_TOKEN, "eyJhbGciOiJIUzI1NiJ9.e30.")) {
            Expect.authentication(server.get("/api/v1/api-keys").bearer(token).send(), "invalid_token");
        }
        Expect.authentication(server.get("/api/v1/api-keys").header("Authorization", "Basic dXNlcjpwYXNz").send(), "missing_token");
    }

    @Test
    void anAlgNoneToken_isInvalid() {
        String payload = user.token().split("\\.")[1];
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".";
        Expect.authentication(server.get("/api/v1/api-keys").bearer(none).send(), "invalid_token");
    }

    @Test
    void aTamperedToken_isInvalid() {
        String[] parts = user.token().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String otherTenant = claims.replace(user.tenantId(), UUID.randomUUID().toString());
        Expect.authentication(server.get("/api/v1/api-keys").bearer(parts[0] + "." + b64(otherTenant) + "." + parts[2]).send(),
                "invalid_token");
    }

    @Test
    void aTokenFromAnotherDeployment_isInvalid() {
        JwtTokens elsewhere = JwtTokens.derivedFrom(new SecretHasher(("another-" + SECRET).getBytes(StandardCharsets.UTF_8)), Clock.systemUTC());
        Expect.authentication(server.get("/api/v1/api-keys").bearer(elsewhere.issue(me())).send(), "invalid_token");
    }

    @Test
    void anExpiredToken_isExpiredToken() {
        Instant longAgo = Instant.now().minus(JwtTokens.LIFETIME).minus(Duration.ofMinutes(1));
        JwtTokens past = JwtTokens.derivedFrom(new SecretHasher(SECRET.getBytes(StandardCharsets.UTF_8)), Clock.fixed(longAgo, ZoneOffset.UTC));
        ApiResponse r = server.get("/api/v1/api-keys").bearer(past.issue(me())).send();
        Expect.authentication(r, "expired_token");
        // the control: the same deployment's key, issued now, is accepted
        JwtTokens now = JwtTokens.derivedFrom(new SecretHasher(SECRET.getBytes(StandardCharsets.UTF_8)), Clock.systemUTC());
        assertThat(server.get("/api/v1/api-keys").bearer(now.issue(me())).send().status()).isEqualTo(200);
    }

    @Test
    void anAccessToken_isRefusedOnTheDataPlane() {
        Expect.authentication(server.get("/api/v1/bureau/runs").bearer(user.token()).send(), "invalid_api_key");
        Expect.authentication(server.post("/api/v1/bureau/runs").bearer(user.token())
                .json(MgmtServer.runBody(UUID.randomUUID().toString(), MgmtServer.CPF_APPROVED)).send(), "invalid_api_key");
        Expect.authentication(server.get("/api/v1/bureau/runs").key(user.token()).send(), "invalid_api_key");
    }

    @Test
    void anAccessToken_isRefusedOnTheOperatorPlane() {
        Expect.authentication(server.post("/admin/v1/tenants").bearer(user.token()).json(Json.object().put("name", "x")).send(),
                "invalid_token");
    }

    @Test
    void theApiVersion_isCheckedAfterAuthentication_andEchoed() {
        Expect.authentication(server.get("/api/v1/api-keys").header("x-kycert-api-version", "1999-01-01").send(), "missing_token");
        Expect.invalidRequest(server.get("/api/v1/api-keys").bearer(user.token()).header("x-kycert-api-version", "1999-01-01").send(),
                400, "unknown_api_version").param("x-kycert-api-version");
        ApiResponse ok = server.get("/api/v1/api-keys").bearer(user.token()).header("x-kycert-api-version", "2026-06-03").send();
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("x-kycert-api-version")).hasValue("2026-06-03");
        assertThat(server.get("/api/v1/templates").bearer(user.token()).send().header("x-kycert-api-version")).hasValue("2026-06-03");
    }

    @Test
    void otherMethods_are405_withAllow() {
        ApiResponse r = server.call("PUT", "/api/v1/api-keys").bearer(user.token()).json(Json.object()).send();
        Expect.invalidRequest(r, 405, "method_not_allowed");
        assertThat(r.header("Allow")).hasValueSatisfying(v -> assertThat(v).contains("GET", "POST"));
        ApiResponse get = server.get("/api/v1/webhook-endpoints/" + UUID.randomUUID()).bearer(user.token()).send();
        Expect.invalidRequest(get, 405, "method_not_allowed");
        assertThat(get.header("Allow")).hasValue("DELETE");
    }

    private static User me() {
        return new User(new UserId(UUID.fromString(user.userId())), new TenantId(UUID.fromString(user.tenantId())),
                new Email(user.email()), "unused", Instant.now());
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
