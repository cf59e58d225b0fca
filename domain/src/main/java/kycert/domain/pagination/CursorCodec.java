package kycert.domain.pagination;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import kycert.domain.apikey.SecretHasher;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/**
 * Opaque, HMAC-signed pagination cursors. A cursor names the last item of a page (its time and id) and is bound
 * to the listing it came from (tenant, environment, filters): altered, foreign or stale-scope cursors are refused.
 */
public final class CursorCodec {
    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();
    private static final int MAC_BYTES = 16;

    private final SecretHasher hasher;

    public CursorCodec(SecretHasher hasher) {
        this.hasher = hasher;
    }

    /** Where the next page starts: strictly after this (time, id) in newest-first order. */
    public record Position(Instant createdAt, UUID id) {}

    public String encode(Position position, String binding) {
        String payload = position.createdAt().getEpochSecond() + ":" + position.createdAt().getNano() + ":" + position.id();
        byte[] mac = truncatedMac(payload, binding);
        return ENC.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "." + ENC.encodeToString(mac);
    }

    public Either<ApiError, Position> decode(String cursor, String binding) {
        ApiError invalid = ApiError.of(ErrorCode.INVALID_CURSOR);
        if (cursor == null || cursor.length() > 512) return Either.left(invalid);
        int dot = cursor.indexOf('.');
        if (dot <= 0 || dot != cursor.lastIndexOf('.')) return Either.left(invalid);
        try {
            byte[] payloadBytes = DEC.decode(cursor.substring(0, dot));
            byte[] mac = DEC.decode(cursor.substring(dot + 1));
            // only the canonical spelling is accepted, so no two strings name the same cursor
            if (!cursor.equals(ENC.encodeToString(payloadBytes) + "." + ENC.encodeToString(mac))) return Either.left(invalid);
            String payload = new String(payloadBytes, StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(mac, truncatedMac(payload, binding))) return Either.left(invalid);
            String[] parts = payload.split(":");
            if (parts.length != 3) return Either.left(invalid);
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            return Either.right(new Position(at, UUID.fromString(parts[2])));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Either.left(invalid);
        }
    }

    private byte[] truncatedMac(String payload, String binding) {
        byte[] full = hasher.mac("cursor", binding, payload);
        byte[] out = new byte[MAC_BYTES];
        System.arraycopy(full, 0, out, 0, MAC_BYTES);
        return out;
    }
}
