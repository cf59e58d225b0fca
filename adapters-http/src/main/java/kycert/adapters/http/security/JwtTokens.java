package kycert.adapters.http.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.vavr.control.Either;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import kycert.domain.apikey.SecretHasher;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.tenant.TenantId;
import kycert.domain.user.User;
import kycert.domain.user.UserId;

/**
 * Short-lived HS256 access tokens for the management plane (Nimbus JOSE+JWT). Only HS256 under our key is
 * accepted: {@code alg: none}, other algorithms, bad signatures, wrong issuer or audience are invalid_token;
 * a token past {@code exp} is expired_token.
 */
public final class JwtTokens {
    public static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final String ISSUER = "kycert";
    private static final String AUDIENCE = "kycert-management";

    private final byte[] key;
    private final Clock clock;

    /** {@code key}: at least 32 bytes, derived from the server secret. */
    public JwtTokens(byte[] key, Clock clock) {
        if (key.length < 32) throw new IllegalArgumentException("JWT key must be at least 256 bits");
        this.key = key.clone();
        this.clock = clock;
    }

    /** Tokens under a key derived from the server secret, so every node of one deployment accepts them. */
    public static JwtTokens derivedFrom(SecretHasher serverSecret, Clock clock) {
        return new JwtTokens(serverSecret.mac("jwt-v1"), clock);
    }

    /** Who a valid token speaks for. */
    public record Claims(String userId, TenantId tenantId, String maskedEmail) {}

    public String issue(User user) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(AUDIENCE).subject(user.id().toString())
                .claim("tid", user.tenantId().toString()).claim("email", user.email().masked())
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString()).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a JWT", e);
        }
    }

    public Either<ApiError, Claims> verify(String token) {
        ApiError invalid = ApiError.of(ErrorCode.INVALID_TOKEN);
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) return Either.left(invalid);
            if (!jwt.verify(new MACVerifier(key))) return Either.left(invalid);
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            if (!ISSUER.equals(c.getIssuer()) || c.getAudience() == null || !c.getAudience().contains(AUDIENCE)) return Either.left(invalid);
            Instant now = clock.instant();
            if (c.getExpirationTime() == null) return Either.left(invalid);
            if (!now.isBefore(c.getExpirationTime().toInstant())) return Either.left(ApiError.of(ErrorCode.EXPIRED_TOKEN));
            if (c.getNotBeforeTime() != null && now.plusSeconds(30).isBefore(c.getNotBeforeTime().toInstant())) return Either.left(invalid);
            Object tid = c.getClaim("tid");
            if (!(tid instanceof String t) || TenantId.parse(t).isEmpty() || UserId.parse(c.getSubject()).isEmpty()) {
                return Either.left(invalid);
            }
            Object email = c.getClaim("email");
            return Either.right(new Claims(c.getSubject(), TenantId.parse(t).get(), email instanceof String e ? e : ""));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Either.left(invalid);
        }
    }
}
