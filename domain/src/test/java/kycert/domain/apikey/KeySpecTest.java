package kycert.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.scope.Scope;
import kycert.domain.subject.SubjectType;
import org.junit.jupiter.api.Test;

class KeySpecTest {
    private static final List<String> READ = List.of("runs:read");

    @Test
    void aKeyWithOnlyANameAndScopes_isASandboxKeyForBothTypesAt100PerMinute() {
        assertThat(KeySpec.parse("  backend  ", null, READ, null, null)).isEqualTo(Either.right(
                new KeySpec("backend", Environment.TEST, Set.of(Scope.RUNS_READ), Set.of(SubjectType.PF, SubjectType.PJ), 100)));
    }

    @Test
    void aLiveKeyForCompaniesOnly_keepsWhatWasAsked() {
        KeySpec spec = KeySpec.parse("batch", "live", List.of("runs:write", "detail:read"), List.of("pj"), 10_000).get();

        assertThat(spec.environment()).isEqualTo(Environment.LIVE);
        assertThat(spec.scopes()).containsExactlyInAnyOrder(Scope.RUNS_WRITE, Scope.DETAIL_READ);
        assertThat(spec.subjectTypes()).containsExactly(SubjectType.PJ);
        assertThat(spec.rateLimit()).isEqualTo(10_000);
    }

    @Test
    void aKeyWithoutAName_isRefusedWithMissingParameterOnName() {
        ApiError expected = ApiError.of(ErrorCode.MISSING_PARAMETER, "name is required.", "name");
        assertThat(KeySpec.parse(null, null, READ, null, null)).isEqualTo(Either.left(expected));
        assertThat(KeySpec.parse(" \t", null, READ, null, null)).isEqualTo(Either.left(expected));
    }

    @Test
    void aNameOf101Chars_isRefusedOnName() {
        assertThat(KeySpec.parse("n".repeat(100), null, READ, null, null).isRight()).isTrue();
        assertThat(KeySpec.parse("n".repeat(101), null, READ, null, null)).isEqualTo(Either.left(
                ApiError.of(ErrorCode.INVALID_PARAMETER, "name must be at most 100 characters.", "name")));
    }

    @Test
    void environmentIsLiveOrTest_inAnyCase_orSandboxForTest() {
        assertThat(KeySpec.parse("k", "LIVE", READ, null, null).get().environment()).isEqualTo(Environment.LIVE);
        assertThat(KeySpec.parse("k", "sandbox", READ, null, null).get().environment()).isEqualTo(Environment.TEST);
        assertThat(KeySpec.parse("k", "production", READ, null, null)).isEqualTo(Either.left(
                ApiError.of(ErrorCode.INVALID_PARAMETER, "environment must be \"live\" or \"test\".", "environment")));
    }

    @Test
    void aKeyWithoutScopes_isRefusedWithMissingScopes() {
        assertThat(KeySpec.parse("k", null, List.of(), null, null)).isEqualTo(Either.left(ApiError.of(ErrorCode.MISSING_SCOPES)));
        assertThat(KeySpec.parse("k", null, null, null, null).getLeft().code()).isEqualTo(ErrorCode.MISSING_SCOPES);
    }

    @Test
    void anUnknownScope_isRefusedWithInvalidScope() {
        ApiError error = KeySpec.parse("k", null, List.of("runs:read", "admin"), null, null).getLeft();

        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_SCOPE);
        assertThat(error.message()).contains("\"admin\"");
        assertThat(error.param()).contains("scopes");
    }

    @Test
    void anEmptyOrUnknownSubjectTypeList_isRefusedOnSubjectTypes() {
        ApiError expected = ApiError.of(ErrorCode.INVALID_PARAMETER, "subject_types must list pf, pj or both.", "subject_types");
        assertThat(KeySpec.parse("k", null, READ, List.of(), null)).isEqualTo(Either.left(expected));
        assertThat(KeySpec.parse("k", null, READ, List.of("pf", "PJ"), null)).isEqualTo(Either.left(expected));
    }

    @Test
    void aRateLimitOutside1To10000_isRefusedOnRateLimit() {
        ApiError expected = ApiError.of(ErrorCode.INVALID_PARAMETER, "rate_limit must be between 1 and 10000.", "rate_limit");
        assertThat(KeySpec.parse("k", null, READ, null, 0)).isEqualTo(Either.left(expected));
        assertThat(KeySpec.parse("k", null, READ, null, 10_001)).isEqualTo(Either.left(expected));
        assertThat(KeySpec.parse("k", null, READ, null, 1).get().rateLimit()).isEqualTo(1);
    }

    @Test
    void fieldsAreCheckedInOrder_nameEnvironmentScopesSubjectTypesRateLimit() {
        assertThat(KeySpec.parse(null, "x", List.of(), List.of(), 0).getLeft().param()).contains("name");
        assertThat(KeySpec.parse("k", "x", List.of(), List.of(), 0).getLeft().param()).contains("environment");
        assertThat(KeySpec.parse("k", "test", List.of(), List.of(), 0).getLeft().code()).isEqualTo(ErrorCode.MISSING_SCOPES);
        assertThat(KeySpec.parse("k", "test", READ, List.of(), 0).getLeft().param()).contains("subject_types");
        assertThat(KeySpec.parse("k", "test", READ, List.of("pf"), 0).getLeft().param()).contains("rate_limit");
    }

    @Test
    void aSpecThatBreaksItsInvariants_isABug() {
        Set<Scope> scopes = Set.of(Scope.RUNS_READ);
        Set<SubjectType> types = Set.of(SubjectType.PF);
        assertThatThrownBy(() -> new KeySpec("k", Environment.TEST, Set.of(), types, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeySpec("k", Environment.TEST, scopes, Set.of(), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeySpec("k", Environment.TEST, scopes, types, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeySpec(null, Environment.TEST, scopes, types, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new KeySpec("k", null, scopes, types, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aSpecKeepsItsOwnCopyOfTheSets() {
        Set<Scope> scopes = new HashSet<>(Set.of(Scope.RUNS_READ));
        KeySpec spec = new KeySpec("k", Environment.LIVE, scopes, Set.of(SubjectType.PF), 1);
        scopes.add(Scope.RUNS_WRITE);

        assertThat(spec.scopes()).containsExactly(Scope.RUNS_READ);
        assertThatThrownBy(() -> spec.scopes().add(Scope.DETAIL_READ)).isInstanceOf(UnsupportedOperationException.class);
    }
}
