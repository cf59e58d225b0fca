package kycert.adapters.http;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/** The operator plane's door: {@code Authorization: Bearer <KYCERT_ADMIN_TOKEN>} (compared in constant time), then the API version. */
final class AdminGate {
    private final byte[] tokenDigest;

    AdminGate(String adminToken) {
        this.tokenDigest = sha256(adminToken);
    }

    Either<ApiError, String> admit(Exchange ex) {
        String token = Credentials.bearer(ex.header(KycertHeaders.AUTHORIZATION));
        if (token == null) return unauthorized(ex, ErrorCode.MISSING_TOKEN);
        // digests have one length, so the comparison time says nothing about the token
        if (!MessageDigest.isEqual(sha256(token), tokenDigest)) return unauthorized(ex, ErrorCode.INVALID_TOKEN);
        ex.caller("operator");
        return ex.version().map(v -> "operator");
    }

    /** The endpoint behind this gate. */
    Endpoint guard(Endpoint inner) {
        return ex -> {
            Either<ApiError, String> admitted = admit(ex);
            return admitted.isLeft() ? Reply.failure(admitted.getLeft()) : inner.handle(ex);
        };
    }

    private static Either<ApiError, String> unauthorized(Exchange ex, ErrorCode code) {
        ex.header(KycertHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kycert-admin\"");
        return Either.left(ApiError.of(code));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
