package kycert.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.scope.Scope;
import kycert.domain.scope.ScopeArbitraries.WireName;
import kycert.domain.subject.SubjectType;
import kycert.domain.text.NameArbitraries.Blank;
import kycert.domain.text.NameArbitraries.NameUpTo100;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** KeySpec.parse: names of 1 to 100 chars, any non-empty set of scopes and subject types, rate limits 1 to 10000. */
class KeySpecProperties {
    private static final List<String> READ = List.of("runs:read");
    private static final ApiError RATE_REFUSED =
            ApiError.of(ErrorCode.INVALID_PARAMETER, "rate_limit must be between 1 and 10000.", "rate_limit");

    @Property(tries = 300)
    void anyNameOf1To100Chars_isKeptWithoutSurroundingWhitespace(@ForAll(supplier = NameUpTo100.class) String name) {
        assertThat(KeySpec.parse(name, null, READ, null, null).map(KeySpec::name)).isEqualTo(Either.right(name.strip()));
    }

    @Property(tries = 100)
    void aBlankName_isRefusedWithMissingParameter(@ForAll(supplier = Blank.class) String name) {
        assertThat(KeySpec.parse(name, "live", READ, null, null))
                .isEqualTo(Either.left(ApiError.of(ErrorCode.MISSING_PARAMETER, "name is required.", "name")));
    }

    @Property(tries = 100)
    void aNameOver100Chars_isRefusedOnName(@ForAll @StringLength(min = 101, max = 300) String name) {
        assertThat(KeySpec.parse(name, null, READ, null, null).getLeft().param()).contains("name");
    }

    @Property(tries = 300)
    void anyScopesAndSubjectTypes_areGrantedExactlyAsListed(
            @ForAll @Size(min = 1, max = 6) List<@From(supplier = WireName.class) String> scopes,
            @ForAll @Size(min = 1, max = 4) List<SubjectType> types) {
        KeySpec spec = KeySpec.parse("k", null, scopes, types.stream().map(SubjectType::wire).toList(), null).get();

        Set<Scope> expectedScopes = EnumSet.noneOf(Scope.class);
        scopes.forEach(s -> expectedScopes.add(Scope.parse(s).get()));
        assertThat(spec.scopes()).isEqualTo(expectedScopes);
        assertThat(spec.subjectTypes()).isEqualTo(Set.copyOf(types));
    }

    @Property
    void aRateLimitFrom1To10000_isKept(@ForAll @IntRange(min = 1, max = KeySpec.MAX_RATE_LIMIT) int limit) {
        assertThat(KeySpec.parse("k", null, READ, null, limit).map(KeySpec::rateLimit)).isEqualTo(Either.right(limit));
    }

    @Property
    void aRateLimitBelow1OrAbove10000_isRefused(@ForAll("limitsOutside") int limit) {
        assertThat(KeySpec.parse("k", null, READ, null, limit)).isEqualTo(Either.left(RATE_REFUSED));
    }

    /** Integers outside [1, max], weighted to the values next to the bounds. */
    @Provide
    Arbitrary<Integer> limitsOutside() {
        return Arbitraries.oneOf(
                Arbitraries.integers().lessOrEqual(0),
                Arbitraries.integers().greaterOrEqual(KeySpec.MAX_RATE_LIMIT + 1),
                Arbitraries.of(0, KeySpec.MAX_RATE_LIMIT + 1));
    }
}
