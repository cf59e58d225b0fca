package kycert.domain.scope;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/** What a key may do; every permitted operation is listed explicitly. */
public enum Scope {
    RUNS_WRITE("runs:write"),
    RUNS_READ("runs:read"),
    DETAIL_READ("detail:read");

    private final String wire;

    Scope(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    public static Option<Scope> parse(String s) {
        for (Scope scope : values()) if (scope.wire.equals(s)) return Option.of(scope);
        return Option.none();
    }

    /** No scopes → missing_scopes; any unknown one → invalid_scope naming it. */
    public static Either<ApiError, Set<Scope>> parseAll(Collection<String> raw) {
        if (raw == null || raw.isEmpty()) return Either.left(ApiError.of(ErrorCode.MISSING_SCOPES));
        EnumSet<Scope> out = EnumSet.noneOf(Scope.class);
        for (String s : raw) {
            Option<Scope> scope = parse(s);
            if (scope.isEmpty()) {
                return Either.left(ApiError.of(ErrorCode.INVALID_SCOPE,
                        "Unknown scope \"" + s + "\"; use runs:write, runs:read or detail:read."));
            }
            out.add(scope.get());
        }
        return Either.right(Set.copyOf(out));
    }

    /** The scope policy: a granted set either holds the needed scope or the call is refused. */
    public static Either<ApiError, Scope> require(Set<Scope> granted, Scope needed) {
        return granted.contains(needed)
                ? Either.right(needed)
                : Either.left(ApiError.of(ErrorCode.INSUFFICIENT_SCOPE,
                        "This API key lacks the " + needed.wire + " scope."));
    }
}
