package kycert.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class LoginThrottleProperties {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final String OWNER = "ana@corretora.example";

    /** The counters as a store keeps them: one per subject key. */
    private static final class Store {
        final Map<String, FailureCount> counters = new HashMap<>();

        LoginThrottle.Decision attempt(LoginSubjects s, Instant now) {
            LoginThrottle.Decision d = LoginThrottle.attempt(read(s), now);
            write(s, d.counts());
            return d;
        }

        void succeeded(LoginSubjects s, Instant now) {
            write(s, LoginThrottle.succeeded(read(s), now));
        }

        LoginCounts read(LoginSubjects s) {
            return new LoginCounts(get(s.pair()), get(s.address()), get(s.email()));
        }

        private FailureCount get(String key) {
            return counters.getOrDefault(key, FailureCount.NONE);
        }

        private void write(LoginSubjects s, LoginCounts c) {
            counters.put(s.pair(), c.pair());
            counters.put(s.address(), c.address());
            counters.put(s.email(), c.email());
        }
    }

    /** One failed attempt: which of a few addresses and emails, and how long after the previous one (ms). */
    record Guess(int address, int email, long gapMillis) {}

    @Provide
    Arbitrary<List<Guess>> guesses() {
        Arbitrary<Long> gaps = Arbitraries.oneOf(Arbitraries.longs().between(0, 2_000), Arbitraries.longs().between(0, 1_800_000));
        return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 2), gaps)
                .as(Guess::new).list().ofMaxSize(300);
    }

    @Provide
    Arbitrary<FailureCount> counts() {
        return Combinators.combine(Arbitraries.integers().between(0, 10_000),
                        Arbitraries.longs().between(-3_600_000, 3_600_000), Arbitraries.longs().between(-3_600_000, 90_000_000))
                .as((n, last, expires) -> new FailureCount(n, T0.plusMillis(last), T0.plusMillis(expires)));
    }

    @Property
    void theDelayNeverDecreasesWithMoreFailures(@ForAll @IntRange(min = 0, max = 200) int failures, @ForAll @IntRange(min = 0, max = 20) int free) {
        assertThat(LoginThrottle.delay(failures + 1, free)).isGreaterThanOrEqualTo(LoginThrottle.delay(failures, free));
    }

    @Property
    void noWaitIsLongerThanTheCap_whateverTheCounts(@ForAll("counts") FailureCount pair, @ForAll("counts") FailureCount address,
                                                     @ForAll("counts") FailureCount email) {
        Duration wait = LoginThrottle.waitBefore(new LoginCounts(pair, address, email), T0);

        assertThat(wait).isBetween(Duration.ZERO, LoginThrottle.MAX_DELAY);
    }

    @Property
    void theOwnerOnACleanAddress_isNeverRefused_whateverFailedFromOtherAddresses(@ForAll("guesses") List<Guess> guesses,
                                                                                 @ForAll @IntRange(min = 0, max = 3_600_000) int later) {
        Store store = new Store();
        Instant now = T0;
        for (Guess g : guesses) {
            now = now.plusMillis(g.gapMillis());
            store.attempt(LoginSubjects.of(g.email() == 0 ? OWNER : "other" + g.email() + "@x.example", "10.0.0." + g.address()), now);
        }

        LoginThrottle.Decision owner = store.attempt(LoginSubjects.of(OWNER, "192.0.2.1"), now.plusMillis(later));

        assertThat(owner.admitted()).isTrue();
    }

    @Property
    void aRefusedAttempt_countsNothing_andAnAdmittedOne_countsOneForEachSubject(@ForAll("guesses") List<Guess> guesses) {
        Store store = new Store();
        Instant now = T0;
        for (Guess g : guesses) {
            now = now.plusMillis(g.gapMillis());
            LoginSubjects s = LoginSubjects.of("e" + g.email(), "10.0.0." + g.address());
            LoginCounts before = store.read(s).at(now);
            LoginThrottle.Decision d = store.attempt(s, now);
            LoginCounts after = store.read(s);
            if (d.admitted()) {
                assertThat(after.pair().count()).isEqualTo(before.pair().count() + 1);
                assertThat(after.address().count()).isEqualTo(before.address().count() + 1);
                assertThat(after.email().count()).isEqualTo(before.email().count() + 1);
            } else {
                assertThat(after).isEqualTo(before);
                assertThat(d.retryAfter()).isPositive();
            }
        }
    }

    @Property
    void aGuessingPair_pastItsFreeFailures_waitsAtLeastTheDoublingDelayBetweenTries(@ForAll("guesses") List<Guess> guesses) {
        Store store = new Store();
        LoginSubjects pair = LoginSubjects.of(OWNER, "10.0.0.1");
        Instant now = T0;
        List<Instant> admitted = new ArrayList<>();
        for (Guess g : guesses) {
            now = now.plusMillis(g.gapMillis() / 10);
            if (store.attempt(pair, now).admitted()) admitted.add(now);
        }
        for (int i = LoginThrottle.FREE_PER_PAIR; i < admitted.size(); i++) {
            Duration gap = Duration.between(admitted.get(i - 1), admitted.get(i));
            assertThat(gap).isGreaterThanOrEqualTo(LoginThrottle.delay(i, LoginThrottle.FREE_PER_PAIR));
        }
    }

    @Property
    void aSuccess_clearsItsPair_soTheNextTryOfThatPairWaitsForNothingButItsAddressLimit(@ForAll("guesses") List<Guess> guesses) {
        Store store = new Store();
        LoginSubjects pair = LoginSubjects.of(OWNER, "10.0.0.1");
        Instant now = T0;
        for (Guess g : guesses) {
            now = now.plusMillis(g.gapMillis());
            store.attempt(LoginSubjects.of(g.email() == 0 ? OWNER : "e" + g.email(), "10.0.0." + (g.address() % 2)), now);
        }
        store.succeeded(pair, now);

        LoginCounts counts = store.read(pair).at(now);
        assertThat(counts.pair().count()).isZero();
        if (counts.address().count() < LoginThrottle.MAX_PER_ADDRESS) assertThat(store.attempt(pair, now).admitted()).isTrue();
    }

    @Example
    void aPersistentGuesser_isToldToWait1s2s4s_upToFifteenMinutes() {
        Store store = new Store();
        LoginSubjects pair = LoginSubjects.of(OWNER, "10.0.0.1");
        Instant now = T0;
        for (int i = 0; i < LoginThrottle.FREE_PER_PAIR; i++) assertThat(store.attempt(pair, now).admitted()).isTrue();
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            Duration wait = store.attempt(pair, now).retryAfter();
            waits.add(wait.toSeconds());
            now = now.plus(wait);
            assertThat(store.attempt(pair, now).admitted()).isTrue();
        }

        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L, 900L, 900L);
    }

    @Example
    void twentyFailuresFromOneAddress_refuseIt_untilFifteenMinutesAfterTheFirst() {
        Store store = new Store();
        Instant now = T0;
        for (int i = 0; i < LoginThrottle.MAX_PER_ADDRESS; i++) {
            assertThat(store.attempt(LoginSubjects.of("e" + i, "10.0.0.1"), now.plusSeconds(i)).admitted()).isTrue();
        }

        LoginThrottle.Decision refused = store.attempt(LoginSubjects.of("new@x.example", "10.0.0.1"), now.plusSeconds(60));

        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(14));
        assertThat(store.attempt(LoginSubjects.of("new@x.example", "10.0.0.1"), now.plus(LoginThrottle.ADDRESS_WINDOW)).admitted()).isTrue();
        assertThat(store.attempt(LoginSubjects.of("new@x.example", "10.0.0.2"), now.plusSeconds(60)).admitted()).isTrue();
    }

    @Example
    void anEmailUnderAttackFromManyAddresses_slowsTheAddressesThatFailed_butNotACleanOne() {
        Store store = new Store();
        Instant now = T0;
        for (int i = 0; i < LoginThrottle.FREE_PER_EMAIL + 2; i++) store.attempt(LoginSubjects.of(OWNER, "10.0.1." + i), now);

        assertThat(store.attempt(LoginSubjects.of(OWNER, "10.0.1.0"), now).retryAfter()).isEqualTo(Duration.ofSeconds(4));
        assertThat(store.attempt(LoginSubjects.of(OWNER, "192.0.2.1"), now).admitted()).isTrue();
    }
}
