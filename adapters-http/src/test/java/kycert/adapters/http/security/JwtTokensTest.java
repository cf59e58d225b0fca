package kycert.adapters.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import kycert.adapters.http.security.JwtTokens.Claims;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.tenant.TenantId;
import kycert.domain.user.Email;
import kycert.domain.user.User;
import kycert.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** Access tokens: only HS256 under our key, unexpired, from us for the management plane, is accepted. */
class JwtTokensTest {
    private static final Instant T0 = Instant.parse("2026-06-03T12:00:00Z");
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final User user = new User(new UserId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
            new Email("ana@corretora.example"), "argon2-hash", T0);

    private static JwtTokens at(Instant now) {
        return new JwtTokens(KEY, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void anIssuedToken_verifies_andSpeaksForItsUserAndTenant() {
        String token = at(T0).issue(user);
        Either<ApiError, Claims> claims = at(T0.plusSeconds(60)).verify(token);
        assertThat(claims.isRight()).as("%s", claims).isTrue();
        assertThat(claims.get().userId()).isEqualTo(user.id().toString());
        assertThat(claims.get().tenantId()).isEqualTo(user.tenantId());
        assertThat(claims.get().maskedEmail()).isEqualTo("a***@corretora.example");
        assertThat(token).doesNotContain("ana@");
    }

    @Test
    void aTokenLivesFifteenMinutesAtMost() {
        assertThat(JwtTokens.LIFETIME).isLessThanOrEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAlgNoneToken_craftedByHand_isInvalid() {
        String valid = at(T0).issue(user);
        String payload = valid.split("\\.")[1];
        String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(code(at(T0).verify(header + "." + payload + "."))).isEqualTo(ErrorCode.INVALID_TOKEN);
        // the same, keeping a signature that is valid for the original header
        assertThat(code(at(T0).verify(header + "." + payload + "." + valid.split("\\.")[2]))).isEqualTo(ErrorCode.INVALID_TOKEN);
        String noneUpper = B64.encodeToString("{\"alg\":\"None\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(code(at(T0).verify(noneUpper + "." + payload + "."))).isEqualTo(ErrorCode.INVALID_TOKEN);
    }

    @Test
    void aTokenSignedWithAnotherKey_isInvalid() {
        byte[] other = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
        String forged = new JwtTokens(other, Clock.fixed(T0, ZoneOffset.UTC)).issue(user);
        assertThat(code(at(T0).verify(forged))).isEqualTo(ErrorCode.INVALID_TOKEN);
    }

    @Test
    void anExpiredToken_isExpired_fromTheSecondItsLifetimeEnds() {
        String token = at(T0).issue(user);
        assertThat(at(T0.plus(JwtTokens.LIFETIME).minusSeconds(1)).verify(token).isRight()).isTrue();
        assertThat(code(at(T0.plus(JwtTokens.LIFETIME)).verify(token))).isEqualTo(ErrorCode.EXPIRED_TOKEN);
        assertThat(code(at(T0.plus(Duration.ofDays(3))).verify(token))).isEqualTo(ErrorCode.EXPIRED_TOKEN);
    }

    @Test
    void anExpiredToken_withABadSignature_isInvalid_notExpired() {
        byte[] other = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
        String forged = new JwtTokens(other, Clock.fixed(T0, ZoneOffset.UTC)).issue(user);
        assertThat(code(at(T0.plus(Duration.ofHours(1))).verify(forged))).isEqualTo(ErrorCode.INVALID_TOKEN);
    }

    @Test
    void aTamperedPayload_isInvalid() {
        String[] parts = at(T0).issue(user).split("\\.");
        String json = new String(B64D.decode(parts[1]), StandardCharsets.UTF_8);
        String otherTenant = json.replace(user.tenantId().toString(), UUID.randomUUID().toString());
        String longer = json.replaceFirst("\"exp\":(\\d+)", "\"exp\":4102444800");
        assertThat(otherTenant).isNotEqualTo(json);
        assertThat(longer).isNotEqualTo(json);
        for (String changed : new String[] {otherTenant, longer}) {
            String token = parts[0] + "." + B64.encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
            assertThat(code(at(T0).verify(token))).isEqualTo(ErrorCode.INVALID_TOKEN);
        }
    }

    @Test
    void aTamperedSignature_isInvalid() {
        String token = at(T0).issue(user);
        char last = token.charAt(token.length() - 2);
        String flipped = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        assertThat(code(at(T0).verify(flipped))).isEqualTo(ErrorCode.INVALID_TOKEN);
    }

    @Test
    void ourKey_butAnotherIssuerOrAudience_orNoTenant_isInvalid() throws Exception {
        assertThat(code(at(T0).verify(sign(claims("other", "kycert-management", user.tenantId().toString()))))).isEqualTo(ErrorCode.INVALID_TOKEN);
        assertThat(code(at(T0).verify(sign(claims("kycert", "somebody-else", user.tenantId().toString()))))).isEqualTo(ErrorCode.INVALID_TOKEN);
        assertThat(code(at(T0).verify(sign(claims("kycert", "kycert-management", null))))).isEqualTo(ErrorCode.INVALID_TOKEN);
        assertThat(code(at(T0).verify(sign(claims("kycert", "kycert-management", "not-a-uuid"))))).isEqualTo(ErrorCode.INVALID_TOKEN);
        // the control: the same hand-made token with the right claims is accepted
        assertThat(at(T0).verify(sign(claims("kycert", "kycert-management", user.tenantId().toString()))).isRight()).isTrue();
    }

    @Test
    void aTokenWithoutExpiry_isInvalid() throws Exception {
        JWTClaimsSet noExp = new JWTClaimsSet.Builder(claims("kycert", "kycert-management", user.tenantId().toString()))
                .expirationTime(null).build();
        assertThat(code(at(T0).verify(sign(noExp)))).isEqualTo(ErrorCode.INVALID_TOKEN);
    }

    @Test
    void garbage_anApiKey_andTheEmptyString_areInvalid() {
        for (String token : new String[] {"", "abc", "a.b.c", "sk_test_" + "A".repeat(40), "eyJhbGciOiJIUzI1NiJ9..", "....."}) {
            assertThat(code(at(T0).verify(token))).as(token).isEqualTo(ErrorCode.INVALID_TOKEN);
        }
    }

    @Test
    void aShortKey_isRefusedAtConstruction() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new JwtTokens(new byte[16], Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private JWTClaimsSet claims(String issuer, String audience, String tenant) {
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject(user.id().toString())
                .issueTime(Date.from(T0)).expirationTime(Date.from(T0.plus(JwtTokens.LIFETIME)));
        if (tenant != null) b.claim("tid", tenant);
        return b.build();
    }

    private static String sign(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(KEY));
        return jwt.serialize();
    }

    private static ErrorCode code(Either<ApiError, Claims> result) {
        assertThat(result.isLeft()).as("refused: %s", result).isTrue();
        return result.getLeft().code();
    }
}
