package kycert.domain.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RateWindowProperties {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Provide
    Arbitrary<List<Long>> arrivals() {
        // gaps in ms between consecutive requests: bursts (0..50 ms) mixed with pauses up to 2 minutes
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 50), Arbitraries.longs().between(0, 120_000))
                .list().ofMinSize(1).ofMaxSize(400);
    }

    @Property
    void noSixtySecondWindowAdmitsMoreThanTheLimit(@ForAll("arrivals") List<Long> gaps, @ForAll @IntRange(min = 1, max = 20) int limit) {
        RateWindow window = RateWindow.EMPTY;
        Instant now = T0;
        List<Instant> admitted = new ArrayList<>();
        for (long gap : gaps) {
            now = now.plusMillis(gap);
            RateWindow.Outcome o = window.offer(now, limit);
            window = o.window();
            if (o.decision().admitted()) admitted.add(now);
        }
        for (int i = 0; i < admitted.size(); i++) {
            Instant start = admitted.get(i);
            long inWindow = admitted.stream().filter(t -> !t.isBefore(start) && t.isBefore(start.plus(RateWindow.WINDOW))).count();
            assertThat(inWindow).isLessThanOrEqualTo(limit);
        }
    }

    @Property
    void aRequestIsAdmittedWheneverFewerThanLimitWereAdmittedInTheLast60s(@ForAll("arrivals") List<Long> gaps, @ForAll @IntRange(min = 1, max = 20) int limit) {
        RateWindow window = RateWindow.EMPTY;
        Instant now = T0;
        List<Instant> admitted = new ArrayList<>();
        for (long gap : gaps) {
            now = now.plusMillis(gap);
            Instant horizon = now.minus(RateWindow.WINDOW);
            long recent = admitted.stream().filter(t -> t.isAfter(horizon)).count();
            RateWindow.Outcome o = window.offer(now, limit);
            assertThat(o.decision().admitted()).isEqualTo(recent < limit);
            window = o.window();
            if (o.decision().admitted()) admitted.add(now);
        }
    }

    @Property
    void remainingResetAndRetryAfterAreExact(@ForAll("arrivals") List<Long> gaps, @ForAll @IntRange(min = 1, max = 20) int limit) {
        RateWindow window = RateWindow.EMPTY;
        Instant now = T0;
        List<Instant> admitted = new ArrayList<>();
        for (long gap : gaps) {
            now = now.plusMillis(gap);
            Instant horizon = now.minus(RateWindow.WINDOW);
            RateWindow.Outcome o = window.offer(now, limit);
            window = o.window();
            if (o.decision().admitted()) admitted.add(now);
            List<Instant> live = admitted.stream().filter(t -> t.isAfter(horizon)).sorted().toList();
            RateDecision d = o.decision();
            assertThat(d.limit()).isEqualTo(limit);
            assertThat(d.remaining()).isEqualTo(limit - live.size());
            assertThat(d.resetAt()).isEqualTo(live.getFirst().plus(RateWindow.WINDOW));
            if (!d.admitted()) {
                assertThat(d.retryAfter()).isEqualTo(Duration.between(now, live.getFirst().plus(RateWindow.WINDOW)));
                assertThat(d.retryAfterSeconds()).isGreaterThanOrEqualTo(1);
                // waiting Retry-After seconds is always enough
                assertThat(window.offer(now.plusSeconds(d.retryAfterSeconds()), limit).decision().admitted()).isTrue();
            }
        }
    }

    @Property
    void theWindowNeverHoldsMoreThanLimitEntries(@ForAll("arrivals") List<Long> gaps, @ForAll @IntRange(min = 1, max = 20) int limit) {
        RateWindow window = RateWindow.EMPTY;
        Instant now = T0;
        for (long gap : gaps) {
            now = now.plusMillis(gap);
            window = window.offer(now, limit).window();
            assertThat(window.admitted()).hasSizeLessThanOrEqualTo(limit);
        }
    }
}
