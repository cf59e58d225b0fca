package kycert.domain.idempotency;

import io.vavr.control.Either;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/** A client's Idempotency-Key: 1 to 255 printable ASCII characters. */
public record IdempotencyKey(String value) {
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (!valid(value)) throw new IllegalArgumentException("invalid idempotency key");
    }

    public static Either<ApiError, IdempotencyKey> parse(String raw) {
        return valid(raw) ? Either.right(new IdempotencyKey(raw)) : Either.left(ApiError.of(ErrorCode.INVALID_IDEMPOTENCY_KEY));
    }

    static boolean valid(String s) {
        if (s == null || s.isEmpty() || s.length() > MAX_LENGTH) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) return false;
        }
        return true;
    }
}
