package kycert.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** A list vouches for a clean result only when imported and no older than its maximum age, counted from the import. */
class ListFreshnessProperties {
    private static final Instant IMPORTED = Instant.parse("2026-12-01T00:00:00Z");

    private static ListVersion importedAt(Instant at, Option<Instant> published) {
        return new ListVersion(new ListVersionId(UUID.randomUUID()), ListId.OFAC_SDN, "0".repeat(64), 10, published, at);
    }

    @Property
    void aListIsCurrentUpToItsMaximumAge_andStaleAfter(@ForAll @LongRange(min = 1, max = 10_000_000) long maxAgeSeconds,
                                                       @ForAll @LongRange(min = 0, max = 20_000_000) long ageSeconds) {
        Duration maxAge = Duration.ofSeconds(maxAgeSeconds);
        ListFreshness f = ListFreshness.of(Option.of(importedAt(IMPORTED, Option.none())), IMPORTED.plusSeconds(ageSeconds), maxAge);

        assertThat(f).isEqualTo(ageSeconds <= maxAgeSeconds ? ListFreshness.CURRENT : ListFreshness.STALE);
    }

    @Property
    void thePublishersDate_isShownNotUsed(@ForAll @LongRange(min = 0, max = 1_000_000_000) long publishedSecondsBefore) {
        ListVersion v = importedAt(IMPORTED, Option.of(IMPORTED.minusSeconds(publishedSecondsBefore)));

        assertThat(ListFreshness.of(Option.of(v), IMPORTED.plusSeconds(60), Duration.ofHours(48))).isEqualTo(ListFreshness.CURRENT);
    }

    @Property
    void aListNeverImported_isUnavailable_whateverTheTime(@ForAll @LongRange(min = 0, max = 1_000_000_000) long at) {
        assertThat(ListFreshness.of(Option.none(), Instant.ofEpochSecond(at), Duration.ofHours(48))).isEqualTo(ListFreshness.UNAVAILABLE);
        assertThat(ListFreshness.UNAVAILABLE.code()).isEqualTo("list_unavailable");
        assertThat(ListFreshness.STALE.code()).isEqualTo("list_stale");
    }
}
