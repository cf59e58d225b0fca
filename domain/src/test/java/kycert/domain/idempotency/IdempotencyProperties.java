package kycert.domain.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.UUID;
import kycert.domain.idempotency.IdempotencyPolicy.Verdict;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

class IdempotencyProperties {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Provide
    Arbitrary<String> printableAscii() {
        return Arbitraries.strings().withCharRange((char) 0x20, (char) 0x7e).ofMinLength(1).ofMaxLength(255);
    }

    @Property
    void printableAsciiUpTo255IsAValidKey(@ForAll("printableAscii") String key) {
        assertThat(IdempotencyKey.parse(key).isRight()).isTrue();
    }

    @Property
    void longerKeysAreRefused(@ForAll @StringLength(min = 256, max = 400) String key) {
        assertThat(IdempotencyKey.parse(key).isLeft()).isTrue();
    }

    @Property
    void anyNonPrintableCharacterIsRefused(@ForAll("printableAscii") String key, @ForAll char c) {
        if (c >= 0x20 && c <= 0x7e) return;
        String bad = key.substring(0, Math.min(key.length(), 200)) + c;
        assertThat(IdempotencyKey.parse(bad).isLeft()).isTrue();
    }

    @Property
    void nothingStoredMeansProceed(@ForAll @LongRange(min = 0, max = 10_000_000) long ms) {
        assertThat(IdempotencyPolicy.evaluate(Option.none(), fp("a"), T0.plusMillis(ms))).isInstanceOf(Verdict.Proceed.class);
    }

    @Property
    void completedRecordReplaysTheSameBodyAndRefusesAnotherWithin24h(@ForAll @LongRange(min = 0, max = 86_399_999) long ms) {
        UUID run = UUID.randomUUID();
        IdempotencyRecord done = IdempotencyRecord.lock("h", fp("body"), T0).complete(run, T0);
        Instant now = T0.plusMillis(ms);
        assertThat(IdempotencyPolicy.evaluate(Option.of(done), fp("body"), now)).isEqualTo(new Verdict.Replay(run));
        assertThat(IdempotencyPolicy.evaluate(Option.of(done), fp("other"), now)).isInstanceOf(Verdict.Reused.class);
    }

    @Property
    void aStoredAnswerIsReplayedForTheSameBody_evenLongAfterItsLockTime_andAnotherBodyIsReused(
            @ForAll @LongRange(min = 0, max = 86_399_999) long ms) {
        StoredAnswer answer = new StoredAnswer(201, "API_KEY", "{\"id\":\"k\"}");
        IdempotencyRecord done = IdempotencyRecord.lock("h", fp("body"), T0).complete(answer, T0);
        Instant now = T0.plusMillis(ms);
        assertThat(IdempotencyPolicy.evaluate(Option.of(done), fp("body"), now)).isEqualTo(new Verdict.ReplayAnswer(answer));
        assertThat(IdempotencyPolicy.evaluate(Option.of(done), fp("other"), now)).isInstanceOf(Verdict.Reused.class);
        assertThat(IdempotencyPolicy.evaluate(Option.of(done), fp("other"), T0.plus(IdempotencyRecord.TTL).plusMillis(ms)))
                .isInstanceOf(Verdict.Proceed.class);
    }

    @Property
    void after24hAKeyIsFreeAgain(@ForAll @LongRange(min = 0, max = 10_000_000) long extra) {
        IdempotencyRecord done = IdempotencyRecord.lock("h", fp("body"), T0).complete(UUID.randomUUID(), T0);
        Instant now = T0.plus(IdempotencyRecord.TTL).plusMillis(extra);
        assertThat(IdempotencyPolicy.evaluate(Option.of(done), fp("other"), now)).isInstanceOf(Verdict.Proceed.class);
    }

    @Property
    void aLiveLockIsInUseForAnyBodyAndLapsesAfterItsLock(@ForAll @LongRange(min = 0, max = 120_000) long ms) {
        IdempotencyRecord lock = IdempotencyRecord.lock("h", fp("body"), T0);
        Instant now = T0.plusMillis(ms);
        Verdict same = IdempotencyPolicy.evaluate(Option.of(lock), fp("body"), now);
        Verdict other = IdempotencyPolicy.evaluate(Option.of(lock), fp("other"), now);
        if (now.isBefore(lock.lockedUntil())) {
            assertThat(same).isInstanceOf(Verdict.InUse.class);
            assertThat(other).isInstanceOf(Verdict.InUse.class);
            assertThat(((Verdict.InUse) same).retryAfter().toSeconds()).isGreaterThanOrEqualTo(1);
        } else {
            assertThat(same).isInstanceOf(Verdict.Proceed.class);
            assertThat(other).isInstanceOf(Verdict.Proceed.class);
        }
    }

    private static RequestFingerprint fp(String canonical) {
        return RequestFingerprint.ofCanonical(canonical);
    }
}
