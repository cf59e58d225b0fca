package kycert.domain.apikey;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.scope.Scope;
import kycert.domain.subject.SubjectType;

/** The validated settings of a new key: name, environment, scopes, subject types, rate limit. */
public record KeySpec(String name, Environment environment, Set<Scope> scopes, Set<SubjectType> subjectTypes, int rateLimit) {
    public static final int DEFAULT_RATE_LIMIT = 100;
    public static final int MAX_RATE_LIMIT = 10_000;
    public static final int MAX_NAME_LENGTH = 100;

    public KeySpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(environment);
        scopes = Set.copyOf(scopes);
        subjectTypes = Set.copyOf(subjectTypes);
        if (scopes.isEmpty() || subjectTypes.isEmpty() || rateLimit < 1) throw new IllegalArgumentException("invalid key spec");
    }

    /** Untrusted fields in: name required; environment live|test (default test); scopes required; subject types default both; rate limit default 100. */
    public static Either<ApiError, KeySpec> parse(String name, String environment, List<String> scopes,
                                                  List<String> subjectTypes, Integer rateLimit) {
        if (name == null || name.isBlank()) return Either.left(ApiError.of(ErrorCode.MISSING_PARAMETER, "name is required.", "name"));
        if (name.length() > MAX_NAME_LENGTH) return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "name must be at most " + MAX_NAME_LENGTH + " characters.", "name"));
        Environment env = Environment.TEST;
        if (environment != null) {
            Option<Environment> parsed = Environment.parse(environment);
            if (parsed.isEmpty()) return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "environment must be \"live\" or \"test\".", "environment"));
            env = parsed.get();
        }
        Either<ApiError, Set<Scope>> parsedScopes = Scope.parseAll(scopes);
        if (parsedScopes.isLeft()) return Either.left(parsedScopes.getLeft());
        Set<SubjectType> types = EnumSet.allOf(SubjectType.class);
        if (subjectTypes != null) {
            if (subjectTypes.isEmpty()) return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "subject_types must list pf, pj or both.", "subject_types"));
            types = EnumSet.noneOf(SubjectType.class);
            for (String t : subjectTypes) {
                Option<SubjectType> type = SubjectType.parse(t);
                if (type.isEmpty()) return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "subject_types must list pf, pj or both.", "subject_types"));
                types.add(type.get());
            }
        }
        int limit = rateLimit == null ? DEFAULT_RATE_LIMIT : rateLimit;
        if (limit < 1 || limit > MAX_RATE_LIMIT) return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "rate_limit must be between 1 and " + MAX_RATE_LIMIT + ".", "rate_limit"));
        return Either.right(new KeySpec(name.strip(), env, parsedScopes.get(), types, limit));
    }
}
