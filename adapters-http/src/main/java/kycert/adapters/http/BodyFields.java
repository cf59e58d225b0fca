package kycert.adapters.http;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/** Typed fields of a decoded JSON object: absent or null is null; a value of the wrong type is invalid_parameter naming it. */
final class BodyFields {
    private BodyFields() {}

    static Either<ApiError, String> string(Map<String, Object> body, String name) {
        Object v = body.get(name);
        if (v == null || v instanceof String) return Either.right((String) v);
        return Either.left(wrongType(name, "a string"));
    }

    static Either<ApiError, Long> integer(Map<String, Object> body, String name) {
        Object v = body.get(name);
        if (v == null) return Either.right(null);
        BigDecimal d = switch (v) {
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case BigInteger b -> new BigDecimal(b);
            case BigDecimal b -> b;
            default -> null;
        };
        try {
            if (d != null) return Either.right(d.longValueExact());
        } catch (ArithmeticException e) {
            // a fraction or beyond 64 bits: not an integer we take
        }
        return Either.left(wrongType(name, "an integer"));
    }

    static Either<ApiError, Integer> int32(Map<String, Object> body, String name) {
        return integer(body, name).flatMap(l -> l == null || (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE)
                ? Either.right(l == null ? null : l.intValue())
                : Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, name + " is out of range.", name)));
    }

    /** A JSON number (integer or decimal) as a double; null when absent. */
    static Either<ApiError, Double> number(Map<String, Object> body, String name) {
        Object v = body.get(name);
        if (v == null) return Either.right(null);
        if (!(v instanceof Number n)) return Either.left(wrongType(name, "a number"));
        return Either.right(n.doubleValue());
    }

    static Either<ApiError, List<String>> strings(Map<String, Object> body, String name) {
        Object v = body.get(name);
        if (v == null) return Either.right(null);
        if (!(v instanceof List<?> list)) return Either.left(wrongType(name, "an array of strings"));
        List<String> out = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof String s)) return Either.left(wrongType(name, "an array of strings"));
            out.add(s);
        }
        return Either.right(out);
    }

    private static ApiError wrongType(String name, String expected) {
        return ApiError.of(ErrorCode.INVALID_PARAMETER, name + " must be " + expected + ".", name);
    }
}
