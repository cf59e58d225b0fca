package kycert.domain.user;

import io.vavr.control.Either;
import java.util.Locale;
import java.util.regex.Pattern;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/** A login email, normalized to lower case. */
public record Email(String value) {
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public Email {
        if (value == null || !SHAPE.matcher(value).matches() || value.length() > 254 || !value.equals(value.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("invalid email");
        }
    }

    public static Either<ApiError, Email> parse(String raw) {
        if (raw == null || raw.isBlank()) return Either.left(ApiError.of(ErrorCode.MISSING_PARAMETER, "email is required.", "email"));
        String v = raw.strip().toLowerCase(Locale.ROOT);
        if (v.length() > 254 || !SHAPE.matcher(v).matches()) return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "email is not a valid address.", "email"));
        return Either.right(new Email(v));
    }

    /** For logs and audit: the first character and the domain. */
    public String masked() {
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }

    @Override public String toString() { return masked(); }
}
