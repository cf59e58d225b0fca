package kycert.application.port.out;

import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.concurrently;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import kycert.domain.apikey.ApiKeyId;
import kycert.domain.ratelimit.RateDecision;
import kycert.domain.ratelimit.RateWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RateWindowPort} promises: exactly the decisions of {@link RateWindow} (at most {@code limit}
 * admitted in any rolling 60 s), per key, atomically under concurrency; idle windows can be purged.
 */
public abstract class RateWindowPortContract {
    protected Ports ports;
    private RateWindowPort windows;
    private ApiKeyId key;

    /** A fresh, empty set of stores; called before every test. */
    protected abstract Ports newPorts();

    @BeforeEach
    void setUpPorts() {
        ports = newPorts();
        windows = ports.rateWindows();
        key = new ApiKeyId(UUID.randomUUID());
    }

    @Test
    void firstRequest_isAdmitted_withLimitMinusOneRemaining_andResetAMinuteLater() {
        RateDecision d = windows.admit(key, 100, T0);

        assertThat(d).isEqualTo(new RateDecision(true, 100, 99, T0.plusSeconds(60), Duration.ZERO));
    }

    @Test
    void limitRequests_areAdmitted_thenTheNextIsRefused_untilTheOldestLeavesTheWindow() {
        assertThat(windows.admit(key, 3, T0).remaining()).isEqualTo(2);
        assertThat(windows.admit(key, 3, T0.plusSeconds(10)).remaining()).isEqualTo(1);
        assertThat(windows.admit(key, 3, T0.plusSeconds(20)).remaining()).isZero();

        RateDecision refused = windows.admit(key, 3, T0.plusSeconds(30));

        assertThat(refused).isEqualTo(new RateDecision(false, 3, 0, T0.plusSeconds(60), Duration.ofSeconds(30)));
        assertThat(refused.retryAfterSeconds()).isEqualTo(30);
        assertThat(refused.resetEpochSeconds()).isEqualTo(T0.plusSeconds(60).getEpochSecond());
    }

    @Test
    void refusedRequests_doNotCount_andTheSlotFreesExactlySixtySecondsAfterTheOldest() {
        windows.admit(key, 2, T0);
        windows.admit(key, 2, T0.plusSeconds(10));
        for (int i = 0; i < 5; i++) assertThat(windows.admit(key, 2, T0.plusSeconds(30 + i)).admitted()).isFalse();

        RateDecision justBefore = windows.admit(key, 2, T0.plusMillis(59_999));
        RateDecision atReset = windows.admit(key, 2, T0.plusSeconds(60));

        assertThat(justBefore.admitted()).isFalse();
        assertThat(justBefore.retryAfter()).isEqualTo(Duration.ofMillis(1));
        assertThat(justBefore.retryAfterSeconds()).isEqualTo(1);
        assertThat(atReset).isEqualTo(new RateDecision(true, 2, 0, T0.plusSeconds(70), Duration.ZERO));
    }

    @Test
    void keys_haveSeparateWindows() {
        ApiKeyId other = new ApiKeyId(UUID.randomUUID());
        windows.admit(key, 1, T0);

        assertThat(windows.admit(key, 1, T0).admitted()).isFalse();
        assertThat(windows.admit(other, 1, T0).admitted()).isTrue();
    }

    @Test
    void decisions_matchTheDomainRateWindow_overALongArrivalSequence() {
        Random random = new Random(20260603);
        RateWindow model = RateWindow.EMPTY;
        Instant now = T0;
        List<RateDecision> expected = new ArrayList<>();
        List<RateDecision> actual = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            now = now.plusMillis(random.nextInt(10) < 7 ? random.nextInt(500) : random.nextInt(40_000));
            RateWindow.Outcome outcome = model.offer(now, 7);
            model = outcome.window();
            expected.add(outcome.decision());
            actual.add(windows.admit(key, 7, now));
        }

        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(actual).extracting(RateDecision::admitted).contains(true, false);
    }

    @Test
    void manyThreadsAtOneInstant_getExactlyLimitAdmissions() {
        int limit = 10;

        List<Integer> admittedPerThread = concurrently(16, thread -> {
            int admitted = 0;
            for (int i = 0; i < 3; i++) if (windows.admit(key, limit, T0).admitted()) admitted++;
            return admitted;
        });

        assertThat(admittedPerThread.stream().mapToInt(Integer::intValue).sum()).isEqualTo(limit);
        assertThat(windows.admit(key, limit, T0).remaining()).isZero();
    }

    @Test
    void purgeIdle_deletesOnlyWindowsWithNothingLeftInThem() {
        ApiKeyId busy = new ApiKeyId(UUID.randomUUID());
        windows.admit(key, 5, T0);
        windows.admit(key, 5, T0.plusSeconds(1));
        windows.admit(busy, 5, T0.plusSeconds(45));

        assertThat(windows.purgeIdle(T0.plusSeconds(30))).isZero();
        assertThat(windows.purgeIdle(T0.plusSeconds(90))).isEqualTo(1);

        assertThat(windows.admit(key, 5, T0.plusSeconds(90)).remaining()).isEqualTo(4);
        assertThat(windows.admit(busy, 5, T0.plusSeconds(90)).remaining()).isEqualTo(3);
    }

    @Test
    void purgeIdle_withNoWindows_deletesNothing() {
        assertThat(windows.purgeIdle(T0)).isZero();
    }
}
