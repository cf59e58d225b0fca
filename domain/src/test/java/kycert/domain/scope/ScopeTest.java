package kycert.domain.scope;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void aKeyWithoutScopes_isRefusedWithMissingScopes() {
        ApiError expected = new ApiError(ErrorCode.MISSING_SCOPES, "A key needs at least one scope.", Option.of("scopes"), Option.none());
        assertThat(Scope.parseAll(List.of())).isEqualTo(Either.left(expected));
        assertThat(Scope.parseAll(null)).isEqualTo(Either.left(expected));
    }

    @Test
    void anUnknownScope_isRefusedWithInvalidScopeNamingItAndTheValidOnes() {
        ApiError error = Scope.parseAll(List.of("runs:read", "runs:delete")).getLeft();

        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_SCOPE);
        assertThat(error.message()).isEqualTo("Unknown scope \"runs:delete\"; use runs:write, runs:read or detail:read.");
        assertThat(error.param()).contains("scopes");
    }

    @Test
    void aNullEntryInTheList_isAnUnknownScope() {
        List<String> raw = new ArrayList<>();
        raw.add(null);

        assertThat(Scope.parseAll(raw).getLeft().code()).isEqualTo(ErrorCode.INVALID_SCOPE);
    }

    @Test
    void scopeNamesAreExactAndCaseSensitive() {
        assertThat(Scope.parse("runs:write")).contains(Scope.RUNS_WRITE);
        assertThat(Scope.parse("RUNS:WRITE")).isEmpty();
        assertThat(Scope.parse("RUNS_WRITE")).isEmpty();
        assertThat(Scope.parse(" runs:write")).isEmpty();
        assertThat(Scope.parse(null)).isEmpty();
    }

    @Test
    void repeatedScopes_areGrantedOnce() {
        assertThat(Scope.parseAll(List.of("runs:read", "runs:read", "detail:read")))
                .isEqualTo(Either.right(Set.of(Scope.RUNS_READ, Scope.DETAIL_READ)));
    }

    @Test
    void aKeyWithoutTheNeededScope_isRefusedWithInsufficientScopeNamingIt() {
        ApiError error = Scope.require(Set.of(Scope.RUNS_READ), Scope.RUNS_WRITE).getLeft();

        assertThat(error.code()).isEqualTo(ErrorCode.INSUFFICIENT_SCOPE);
        assertThat(error.message()).isEqualTo("This API key lacks the runs:write scope.");
        assertThat(error.param()).isEmpty();
    }

    @Test
    void aKeyWithTheNeededScope_passes() {
        assertThat(Scope.require(Set.of(Scope.RUNS_READ, Scope.DETAIL_READ), Scope.DETAIL_READ)).isEqualTo(Either.right(Scope.DETAIL_READ));
    }
}
