package kycert.application.port.out;

import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.concurrently;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import kycert.domain.user.FailureCount;
import kycert.domain.user.LoginCounts;
import kycert.domain.user.LoginSubjects;
import kycert.domain.user.LoginThrottle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LoginAttemptsPort} promises: exactly the decisions of {@link LoginThrottle} on counters kept per
 * (email, address) pair, per address and per email, atomically under concurrency (on every node); counters whose
 * window has passed can be purged.
 */
public abstract class LoginAttemptsPortContract {
    protected Stores stores;
    private LoginAttemptsPort attempts;
    private String email;

    /** A fresh, empty store seen through both planes; called before every test. */
    protected abstract Stores newStores();

    @BeforeEach
    void setUpStores() {
        stores = newStores();
        attempts = stores.management().loginAttempts();
        email = "ana-" + UUID.randomUUID() + "@corretora.example";
    }

    @Test
    void aPairsFreeAttempts_areAdmitted_thenItWaits1s_then2s() {
        LoginSubjects pair = LoginSubjects.of(email, "10.0.0.1");
        for (int i = 0; i < LoginThrottle.FREE_PER_PAIR; i++) assertThat(attempts.attempt(pair, T0).admitted()).isTrue();

        assertThat(attempts.attempt(pair, T0).retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(attempts.attempt(pair, T0.plusMillis(400)).retryAfter()).isEqualTo(Duration.ofMillis(600));
        assertThat(attempts.attempt(pair, T0.plusSeconds(1)).admitted()).isTrue();
        assertThat(attempts.attempt(pair, T0.plusSeconds(1)).retryAfter()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aPairsFailures_doNotDelayTheSameEmailFromAnotherAddress() {
        LoginSubjects guesser = LoginSubjects.of(email, "10.0.0.1");
        for (int i = 0; i < 10; i++) attempts.attempt(guesser, T0.plusSeconds(i));
        assertThat(attempts.attempt(guesser, T0.plusSeconds(10)).admitted()).isFalse();

        assertThat(attempts.attempt(LoginSubjects.of(email, "10.0.0.2"), T0.plusSeconds(10)).admitted()).isTrue();
    }

    @Test
    void aSuccess_clearsItsPair_whichGetsItsFreeAttemptsAgain() {
        LoginSubjects pair = LoginSubjects.of(email, "10.0.0.1");
        for (int i = 0; i < LoginThrottle.FREE_PER_PAIR; i++) attempts.attempt(pair, T0);
        assertThat(attempts.attempt(pair, T0.plusSeconds(1)).admitted()).isTrue();

        attempts.succeeded(pair, T0.plusSeconds(1));

        for (int i = 0; i < LoginThrottle.FREE_PER_PAIR; i++) assertThat(attempts.attempt(pair, T0.plusSeconds(1)).admitted()).isTrue();
        assertThat(attempts.attempt(pair, T0.plusSeconds(1)).retryAfter()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void anAddressWithTwentyAttempts_isRefusedForAnyEmail_untilFifteenMinutesAfterItsFirst() {
        for (int i = 0; i < LoginThrottle.MAX_PER_ADDRESS; i++) {
            assertThat(attempts.attempt(LoginSubjects.of("spray-" + i + "@x.example", "10.0.0.9"), T0.plusSeconds(i)).admitted()).isTrue();
        }

        assertThat(attempts.attempt(LoginSubjects.of(email, "10.0.0.9"), T0.plusSeconds(60)).retryAfter()).isEqualTo(Duration.ofMinutes(14));
        assertThat(attempts.attempt(LoginSubjects.of(email, "10.0.0.8"), T0.plusSeconds(60)).admitted()).isTrue();
        assertThat(attempts.attempt(LoginSubjects.of(email, "10.0.0.9"), T0.plus(LoginThrottle.ADDRESS_WINDOW)).admitted()).isTrue();
    }

    @Test
    void decisions_matchTheDomainRule_overALongSequenceOfAttemptsAndSuccesses() {
        Random random = new Random(20261202);
        Map<String, FailureCount> model = new HashMap<>();
        Instant now = T0;
        List<LoginThrottle.Decision> expected = new ArrayList<>();
        List<LoginThrottle.Decision> actual = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            now = now.plusMillis(random.nextInt(10) < 8 ? random.nextInt(3_000) : random.nextInt(1_200_000));
            LoginSubjects s = LoginSubjects.of("e" + random.nextInt(3) + "-" + email, "10.0.0." + random.nextInt(3));
            LoginCounts stored = new LoginCounts(model.getOrDefault(s.pair(), FailureCount.NONE),
                    model.getOrDefault(s.address(), FailureCount.NONE), model.getOrDefault(s.email(), FailureCount.NONE));
            LoginThrottle.Decision d = LoginThrottle.attempt(stored, now);
            LoginCounts next = d.admitted() && random.nextInt(8) == 0 ? LoginThrottle.succeeded(d.counts(), now) : d.counts();
            model.put(s.pair(), next.pair());
            model.put(s.address(), next.address());
            model.put(s.email(), next.email());
            expected.add(d);

            LoginThrottle.Decision a = attempts.attempt(s, now);
            actual.add(a);
            if (next != d.counts()) attempts.succeeded(s, now);
        }

        assertThat(actual).extracting(LoginThrottle.Decision::retryAfter)
                .containsExactlyElementsOf(expected.stream().map(LoginThrottle.Decision::retryAfter).toList());
        assertThat(actual).extracting(LoginThrottle.Decision::admitted).contains(true, false);
    }

    @Test
    void concurrentAttemptsOfOnePair_admitExactlyItsFreeOnes() {
        LoginSubjects pair = LoginSubjects.of(email, "10.0.0.1");

        List<Integer> admitted = concurrently(16, thread -> {
            int n = 0;
            for (int i = 0; i < 2; i++) if (attempts.attempt(pair, T0).admitted()) n++;
            return n;
        });

        assertThat(admitted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(LoginThrottle.FREE_PER_PAIR);
    }

    @Test
    void concurrentAttemptsForManyEmailsFromOneAddress_admitExactlyTheAddressLimit() {
        List<Integer> admitted = concurrently(8, thread -> {
            LoginSubjects s = LoginSubjects.of("t" + thread + "-" + email, "10.0.0.7");
            int n = 0;
            for (int i = 0; i < 4; i++) if (attempts.attempt(s, T0).admitted()) n++;
            return n;
        });

        assertThat(admitted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(LoginThrottle.MAX_PER_ADDRESS);
    }

    @Test
    void purgeExpired_deletesOnlyCountersWhoseWindowHasPassed() {
        LoginSubjects pair = LoginSubjects.of(email, "10.0.0.1");
        for (int i = 0; i < LoginThrottle.FREE_PER_PAIR; i++) attempts.attempt(pair, T0);

        assertThat(attempts.purgeExpired(T0.plus(LoginThrottle.ADDRESS_WINDOW).minusSeconds(1))).isZero();
        assertThat(attempts.purgeExpired(T0.plus(LoginThrottle.ADDRESS_WINDOW))).isEqualTo(1);
        assertThat(attempts.attempt(pair, T0.plus(LoginThrottle.ADDRESS_WINDOW)).retryAfter()).isZero();
        assertThat(attempts.purgeExpired(T0.plus(LoginThrottle.PAIR_MEMORY))).as("pair, email and the new address window").isEqualTo(3);
    }

    @Test
    void purgeExpired_withNoCounters_deletesNothing() {
        assertThat(attempts.purgeExpired(T0)).isZero();
    }
}
