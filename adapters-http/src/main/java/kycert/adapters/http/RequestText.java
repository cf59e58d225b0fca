package kycert.adapters.http;

import io.helidon.webserver.http.ServerRequest;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.text.StorableText;
import kycert.domain.text.StorableText.Fault;

/**
 * Every string a request carries, checked against {@link StorableText} before any use case or store sees it: the
 * whole decoded JSON body at any depth (object keys too) and every query and path parameter. The first fault is
 * 400 invalid_parameter naming the field ({@code subject.name}, {@code metadata.foo}, {@code scopes[1]},
 * {@code limit}); a fault in a name itself is shown escaped ({@code metadata.a\u0007b}).
 */
final class RequestText {
    private RequestText() {}

    /** The first string of a decoded JSON value that is not storable text. */
    static Option<ApiError> inBody(Object value) {
        return walk(value, "");
    }

    /** The first query parameter (name or value) that is not storable text. */
    static Option<ApiError> inQuery(ServerRequest req) {
        return inQuery(req.query().rawValue());
    }

    /** Whether a path parameter is not storable text (or the raw path is not UTF-8): such an id names nothing. */
    static boolean pathIsMalformed(ServerRequest req) {
        return inPath(req.path().rawPath(), req.path().pathParameters().toMap()).isDefined();
    }

    /** A raw query string ({@code a=1&b=%C3%A9}), decoded strictly: bytes that are not UTF-8 are a fault too. */
    static Option<ApiError> inQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) return Option.none();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            Option<String> name = PercentDecoding.strict(rawName, true);
            if (name.isEmpty()) return Option.some(notUtf8(rawName, "name"));
            Option<ApiError> bad = checked(name.get(), "", "");
            if (bad.isDefined()) return bad;
            if (eq < 0) continue;
            Option<String> value = PercentDecoding.strict(pair.substring(eq + 1), true);
            if (value.isEmpty()) return Option.some(notUtf8(name.get(), "value"));
            bad = fault(value.get(), name.get());
            if (bad.isDefined()) return bad;
        }
        return Option.none();
    }

    /** Path parameters as the router decoded them, and the raw path, which must decode as strict UTF-8. */
    static Option<ApiError> inPath(String rawPath, Map<String, List<String>> params) {
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            for (String v : p.getValue()) {
                Option<ApiError> bad = fault(v, p.getKey());
                if (bad.isDefined()) return bad;
            }
        }
        if (PercentDecoding.strict(rawPath, false).isDefined()) return Option.none();
        // the router put U+FFFD where the bytes were not UTF-8: that parameter is the one to name
        String named = params.entrySet().stream().filter(p -> p.getValue().stream().anyMatch(v -> v.indexOf('\uFFFD') >= 0))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        return Option.some(ApiError.of(ErrorCode.INVALID_PARAMETER, "The request path is not valid UTF-8 once percent-decoded.", named));
    }

    private static ApiError notUtf8(String field, String what) {
        return ApiError.of(ErrorCode.INVALID_PARAMETER, field + ": the " + what + " is not valid UTF-8 once percent-decoded.", field);
    }

    private static Option<ApiError> walk(Object value, String path) {
        switch (value) {
            case String s -> {
                return fault(s, path);
            }
            case Map<?, ?> map -> {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    String key = (String) e.getKey();
                    Option<ApiError> bad = checked(key, path, path.isEmpty() ? "" : ".");
                    if (bad.isEmpty()) bad = walk(e.getValue(), join(path, key));
                    if (bad.isDefined()) return bad;
                }
            }
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) {
                    Option<ApiError> bad = walk(list.get(i), path + "[" + i + "]");
                    if (bad.isDefined()) return bad;
                }
            }
            case null, default -> { }
        }
        return Option.none();
    }

    /** A name (object key, query parameter name) checked as text; the error names it escaped. */
    private static Option<ApiError> checked(String name, String parent, String dot) {
        return StorableText.fault(name).map(f -> error(parent + dot + escaped(name), f, "name"));
    }

    private static Option<ApiError> fault(String value, String field) {
        return StorableText.fault(value).map(f -> error(field, f, "value"));
    }

    private static ApiError error(String field, Fault fault, String what) {
        String shown = field.isEmpty() ? "The request body" : field;
        return ApiError.of(ErrorCode.INVALID_PARAMETER, shown + ": the " + what + " contains " + fault.description()
                + ", which is not allowed in text.", field.isEmpty() ? null : field);
    }

    private static String join(String path, String key) {
        String shown = escaped(key);
        return path.isEmpty() ? shown : path + "." + shown;
    }

    /** Control characters and lone surrogates as {@code \}{@code uXXXX}, so the name shown is plain text. */
    static String escaped(String name) {
        if (StorableText.fault(name).isEmpty()) return name;
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1));
            if (pair) {
                out.append(c).append(name.charAt(++i));
            } else if (StorableText.isControl(c) || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
