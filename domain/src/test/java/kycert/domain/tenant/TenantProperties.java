package kycert.domain.tenant;

import static kycert.domain.tenant.TenantTest.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.util.Locale;
import java.util.UUID;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.text.NameArbitraries.Blank;
import kycert.domain.text.NameArbitraries.NameUpTo200;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Negative;

/** Tenant rules: names of 1 to 200 chars, rate limits 1 to 1,000,000, and the billing policy over any balance. */
class TenantProperties {

    @Property(tries = 300)
    void anyNameOf1To200Chars_isKeptWithoutSurroundingWhitespace(@ForAll(supplier = NameUpTo200.class) String name) {
        assertThat(Tenant.validName(name)).isEqualTo(Either.right(name.strip()));
    }

    @Property(tries = 100)
    void aBlankName_isRefusedWithMissingParameter(@ForAll(supplier = Blank.class) String name) {
        assertThat(Tenant.validName(name).getLeft().code()).isEqualTo(ErrorCode.MISSING_PARAMETER);
    }

    @Property
    void aRateLimitFrom1To1000000_isKept(@ForAll @IntRange(min = 1, max = Tenant.MAX_RATE_LIMIT) int limit) {
        assertThat(Tenant.validRateLimit(limit)).isEqualTo(Either.right(limit));
    }

    @Property
    void aRateLimitBelow1OrAbove1000000_isRefusedOnRateLimit(@ForAll("limitsOutside") int limit) {
        assertThat(Tenant.validRateLimit(limit)).isEqualTo(Either.left(
                ApiError.of(ErrorCode.INVALID_PARAMETER, "rate_limit must be between 1 and 1000000.", "rate_limit")));
    }

    @Property
    void anActiveTenant_affordsARunExactlyWhenItsBalanceCoversTheCost(@ForAll @LongRange(max = 1_000_000) long credits,
                                                                     @ForAll @LongRange(max = 1_000_000) long cost) {
        Either<ApiError, Long> answer = tenant(credits, TenantStatus.ACTIVE).canAfford(cost);

        assertThat(answer.isRight()).isEqualTo(credits >= cost);
        answer.peek(c -> assertThat(c).isEqualTo(cost))
                .peekLeft(e -> assertThat(e.message()).contains("costs " + cost).contains("balance is " + credits));
    }

    @Property
    void aSuspendedTenant_affordsNothing(@ForAll @LongRange(max = Long.MAX_VALUE) long credits, @ForAll @LongRange(max = 1_000_000) long cost) {
        ApiError error = tenant(credits, TenantStatus.SUSPENDED).canAfford(cost).getLeft();

        assertThat(error.code()).isEqualTo(ErrorCode.BILLING_SUSPENDED);
        assertThat(error.message()).isEqualTo("This account is suspended.");
    }

    @Property
    void mayAdd_exactlyWhenActive(@ForAll TenantStatus status, @ForAll @LongRange(max = 1_000) long credits) {
        assertThat(tenant(credits, status).mayAdd().isRight()).isEqualTo(status == TenantStatus.ACTIVE);
    }

    @Property
    void aNegativeBalanceOrRateLimit_cannotBeBuilt(@ForAll @Negative long credits, @ForAll @IntRange(min = Integer.MIN_VALUE, max = 0) int limit) {
        Tenant t = tenant(0, TenantStatus.ACTIVE);

        assertThatThrownBy(() -> t.withCredits(credits)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.withRateLimit(limit)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void canonicalUuidText_inEitherCase_parsesToTheSameId(@ForAll("uuids") UUID uuid) {
        assertThat(TenantId.parse(uuid.toString())).contains(new TenantId(uuid));
        assertThat(TenantId.parse(uuid.toString().toUpperCase(Locale.ROOT))).contains(new TenantId(uuid));
    }

    @Provide
    Arbitrary<UUID> uuids() {
        return Arbitraries.longs().tuple2().map(t -> new UUID(t.get1(), t.get2()));
    }

    /** Integers outside [1, max], weighted to the values next to the bounds. */
    @Provide
    Arbitrary<Integer> limitsOutside() {
        return Arbitraries.oneOf(
                Arbitraries.integers().lessOrEqual(0),
                Arbitraries.integers().greaterOrEqual(Tenant.MAX_RATE_LIMIT + 1),
                Arbitraries.of(0, Tenant.MAX_RATE_LIMIT + 1));
    }
}
