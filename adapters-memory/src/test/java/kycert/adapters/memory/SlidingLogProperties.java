package kycert.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import kycert.domain.ratelimit.RateWindow;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SlidingLogProperties {
    record Step(long deltaMs, int limit) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        // mostly forward, sometimes a clock stepping back; the limit occasionally changes
        Arbitrary<Long> delta = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(0, 5_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 90_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(-3_000, 0)));
        Arbitrary<Integer> limit = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.just(5)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 12)));
        return Combinators.combine(delta, limit).as(Step::new).list().ofMaxSize(300);
    }

    @Property
    void decidesExactlyAsTheDomainsRateWindow(@ForAll("steps") List<Step> steps) {
        SlidingLog log = new SlidingLog();
        RateWindow window = RateWindow.EMPTY;
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        for (Step s : steps) {
            now = now.plusMillis(s.deltaMs());
            RateWindow.Outcome expected = window.offer(now, s.limit());
            window = expected.window();
            assertThat(log.offer(now, s.limit())).isEqualTo(expected.decision());
        }
    }
}
