package kycert.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.UUID;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

class TenantTest {
    static final TenantId ID = new TenantId(UUID.fromString("00000000-0000-4000-8000-0000000000aa"));
    static final Instant CREATED = Instant.parse("2026-12-01T00:00:00Z");

    static Tenant tenant(long credits, TenantStatus status) {
        return new Tenant(ID, "Corretora", credits, status, CREATED, 1_000);
    }

    @Test
    void aTenantWithoutARateLimit_gets1000PerMinute() {
        assertThat(Tenant.validRateLimit(null)).isEqualTo(Either.right(1_000));
    }

    @Test
    void aRateLimitOutside1To1000000_isRefusedOnRateLimit() {
        ApiError expected = ApiError.of(ErrorCode.INVALID_PARAMETER, "rate_limit must be between 1 and 1000000.", "rate_limit");
        assertThat(Tenant.validRateLimit(0)).isEqualTo(Either.left(expected));
        assertThat(Tenant.validRateLimit(1_000_001)).isEqualTo(Either.left(expected));
        assertThat(Tenant.validRateLimit(1)).isEqualTo(Either.right(1));
        assertThat(Tenant.validRateLimit(1_000_000)).isEqualTo(Either.right(1_000_000));
    }

    @Test
    void aNameIsRequired_atMost200Chars_andKeptTrimmed() {
        assertThat(Tenant.validName(null)).isEqualTo(Either.left(ApiError.of(ErrorCode.MISSING_PARAMETER, "name is required.", "name")));
        assertThat(Tenant.validName(" ")).isEqualTo(Either.left(ApiError.of(ErrorCode.MISSING_PARAMETER, "name is required.", "name")));
        assertThat(Tenant.validName("n".repeat(201))).isEqualTo(Either.left(
                ApiError.of(ErrorCode.INVALID_PARAMETER, "name must be at most 200 characters.", "name")));
        assertThat(Tenant.validName(" Corretora XP ")).isEqualTo(Either.right("Corretora XP"));
    }

    @Test
    void aSuspendedTenant_mayNotAddKeysTemplatesOrEndpoints() {
        ApiError error = tenant(100, TenantStatus.SUSPENDED).mayAdd().getLeft();

        assertThat(error.code()).isEqualTo(ErrorCode.BILLING_SUSPENDED);
        assertThat(error.message()).isEqualTo(
                "This account is suspended: keys, templates and webhook endpoints cannot be added until it is resumed.");
        assertThat(tenant(0, TenantStatus.ACTIVE).mayAdd()).isEqualTo(Either.right(tenant(0, TenantStatus.ACTIVE)));
    }

    @Test
    void aSuspendedTenant_cannotAffordEvenAFreeRun() {
        assertThat(tenant(100, TenantStatus.SUSPENDED).canAfford(0))
                .isEqualTo(Either.left(ApiError.of(ErrorCode.BILLING_SUSPENDED, "This account is suspended.")));
    }

    @Test
    void aRunCostingMoreThanTheBalance_isRefusedTellingBoth() {
        assertThat(tenant(2, TenantStatus.ACTIVE).canAfford(3)).isEqualTo(Either.left(ApiError.of(ErrorCode.BILLING_SUSPENDED,
                "Insufficient credit balance: this run costs 3 and the balance is 2.")));
        assertThat(tenant(3, TenantStatus.ACTIVE).canAfford(3)).isEqualTo(Either.right(3L));
        assertThat(tenant(0, TenantStatus.ACTIVE).canAfford(0)).isEqualTo(Either.right(0L));
    }

    @Test
    void withers_changeOnlyTheirField() {
        Tenant t = tenant(5, TenantStatus.ACTIVE);

        assertThat(t.withStatus(TenantStatus.SUSPENDED)).isEqualTo(new Tenant(ID, "Corretora", 5, TenantStatus.SUSPENDED, CREATED, 1_000));
        assertThat(t.withCredits(9)).isEqualTo(new Tenant(ID, "Corretora", 9, TenantStatus.ACTIVE, CREATED, 1_000));
        assertThat(t.withRateLimit(7)).isEqualTo(new Tenant(ID, "Corretora", 5, TenantStatus.ACTIVE, CREATED, 7));
    }

    @Test
    void negativeCreditsOrANonPositiveRateLimit_isABug() {
        assertThatThrownBy(() -> tenant(-1, TenantStatus.ACTIVE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tenant(0, TenantStatus.ACTIVE).withCredits(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tenant(0, TenantStatus.ACTIVE).withRateLimit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tenant(ID, "x", 0, null, CREATED, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void tenantIdsParseOnlyCanonicalUuidText() {
        assertThat(TenantId.parse("00000000-0000-4000-8000-0000000000AA")).contains(new TenantId(UUID.fromString("00000000-0000-4000-8000-0000000000aa")));
        assertThat(TenantId.parse("0-0-0-0-0")).isEmpty();
        assertThat(TenantId.parse("{00000000-0000-4000-8000-0000000000aa}")).isEmpty();
        assertThat(TenantId.parse(null)).isEmpty();
    }
}
