package kycert.domain.user;

import io.vavr.control.Either;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/** A password in clear, only in memory between the request and the KDF; never printed. */
public record Password(String value) {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    public static Either<ApiError, Password> parseNew(String raw) {
        if (raw == null || raw.isEmpty()) return Either.left(ApiError.of(ErrorCode.MISSING_PARAMETER, "password is required.", "password"));
        if (raw.length() < MIN_LENGTH || raw.length() > MAX_LENGTH) {
            return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "password must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.", "password"));
        }
        return Either.right(new Password(raw));
    }

    @Override public String toString() { return "Password[****]"; }
}
