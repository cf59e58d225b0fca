package kycert.domain.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.subject.SubjectType;
import kycert.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class TemplateTest {
    static final TemplateId ID = new TemplateId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    static final TenantId TENANT = new TenantId(UUID.fromString("00000000-0000-4000-8000-0000000000aa"));
    static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    static Either<ApiError, Template> create(String name, String type, List<String> sources, Integer cost) {
        return Template.create(ID, TENANT, name, type, sources, cost, NOW);
    }

    @Test
    void aPersonTemplateWithoutSources_queriesRegistrySanctionsAndPep_atCost1() {
        assertThat(create(" Onboarding PF ", "pf", null, null)).isEqualTo(Either.right(new Template(ID, TENANT, "Onboarding PF",
                SubjectType.PF, List.of(Source.REGISTRY_STATUS, Source.SANCTIONS, Source.PEP), 1, true, NOW)));
    }

    @Test
    void aCompanyTemplateWithoutSources_queriesRegistrySanctionsAndCeis() {
        assertThat(create("PJ", "pj", null, null).get().sources())
                .containsExactly(Source.REGISTRY_STATUS, Source.SANCTIONS, Source.CEIS);
    }

    @Test
    void namedSources_areKeptInTheirFirstOrder_once() {
        assertThat(create("t", "pf", List.of("pep", "sanctions", "pep"), null).get().sources())
                .containsExactly(Source.PEP, Source.SANCTIONS);
    }

    @Test
    void aTemplateWithoutAName_isRefusedWithMissingParameterOnName() {
        ApiError expected = ApiError.of(ErrorCode.MISSING_PARAMETER, "name is required.", "name");
        assertThat(create(null, "pf", null, null)).isEqualTo(Either.left(expected));
        assertThat(create("   ", "pf", null, null)).isEqualTo(Either.left(expected));
    }

    @Test
    void aNameOf201Chars_isRefusedOnName() {
        assertThat(create("n".repeat(200), "pf", null, null).isRight()).isTrue();
        assertThat(create("n".repeat(201), "pf", null, null)).isEqualTo(Either.left(
                ApiError.of(ErrorCode.INVALID_PARAMETER, "name must be at most 200 characters.", "name")));
    }

    @Test
    void aMissingOrUnknownSubjectType_isRefusedOnSubjectType() {
        assertThat(create("t", null, null, null)).isEqualTo(Either.left(
                ApiError.of(ErrorCode.MISSING_PARAMETER, "subject_type is required.", "subject_type")));
        assertThat(create("t", "PF", null, null)).isEqualTo(Either.left(
                ApiError.of(ErrorCode.INVALID_SUBJECT_TYPE, "subject_type must be \"pf\" or \"pj\".", "subject_type")));
    }

    @Test
    void anEmptySourceList_isRefused_ratherThanTakenAsTheDefaults() {
        assertThat(create("t", "pj", List.of(), null)).isEqualTo(Either.left(
                ApiError.of(ErrorCode.INVALID_PARAMETER, "sources must name at least one source.", "sources")));
    }

    @Test
    void anUnknownSource_isRefusedNamingIt() {
        assertThat(create("t", "pj", List.of("sanctions", "interpol"), null)).isEqualTo(Either.left(ApiError.of(
                ErrorCode.INVALID_PARAMETER, "Unknown source \"interpol\"; use registry_status, sanctions, pep or ceis.", "sources")));
    }

    @Test
    void aCostOutside0To1000_isRefusedOnCost() {
        ApiError expected = ApiError.of(ErrorCode.INVALID_PARAMETER, "cost must be between 0 and 1000.", "cost");
        assertThat(create("t", "pf", null, -1)).isEqualTo(Either.left(expected));
        assertThat(create("t", "pf", null, 1001)).isEqualTo(Either.left(expected));
        assertThat(create("t", "pf", null, 0).get().cost()).isZero();
        assertThat(create("t", "pf", null, 1000).get().cost()).isEqualTo(1000);
    }

    @Test
    void deactivating_changesOnlyTheActiveFlag() {
        Template t = create("t", "pj", List.of("ceis"), 7).get();

        assertThat(t.deactivate()).isEqualTo(new Template(ID, TENANT, "t", SubjectType.PJ, List.of(Source.CEIS), 7, false, NOW));
        assertThat(t.deactivate().deactivate()).isEqualTo(t.deactivate());
    }

    @Test
    void aTemplateWithoutSourcesOrWithANegativeCost_isABug() {
        assertThatThrownBy(() -> new Template(ID, TENANT, "t", SubjectType.PF, List.of(), 1, true, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Template(ID, TENANT, "t", SubjectType.PF, List.of(Source.PEP), -1, true, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Template(ID, TENANT, null, SubjectType.PF, List.of(Source.PEP), 1, true, NOW))
                .isInstanceOf(NullPointerException.class);
    }
}
