package kycert.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import kycert.domain.apikey.SecretHasher;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class WebhookProperties {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Property
    void aSignedBodyVerifiesWithinFiveMinutes(@ForAll String body, @ForAll long seed, @ForAll @LongRange(min = -300, max = 300) long skew) {
        String secret = WebhookSecret.generate(new Random(seed)).value();
        String header = WebhookSignature.header(secret, NOW.getEpochSecond(), body);
        assertThat(WebhookSignature.verify(secret, header, body, NOW.plusSeconds(skew))).isTrue();
    }

    @Property
    void staleTimestampsAreRefused(@ForAll String body, @ForAll @LongRange(min = 301, max = 100_000) long skew) {
        String header = WebhookSignature.header("whsec_abcdefghijklmnopqrstuvwxyz012345", NOW.getEpochSecond(), body);
        assertThat(WebhookSignature.verify("whsec_abcdefghijklmnopqrstuvwxyz012345", header, body, NOW.plusSeconds(skew))).isFalse();
        assertThat(WebhookSignature.verify("whsec_abcdefghijklmnopqrstuvwxyz012345", header, body, NOW.minusSeconds(skew))).isFalse();
    }

    @Property
    void anotherBodyOrSecretDoesNotVerify(@ForAll String body, @ForAll String other) {
        if (body.equals(other)) return;
        String secret = "whsec_abcdefghijklmnopqrstuvwxyz012345";
        String header = WebhookSignature.header(secret, NOW.getEpochSecond(), body);
        assertThat(WebhookSignature.verify(secret, header, other, NOW)).isFalse();
        assertThat(WebhookSignature.verify("whsec_zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", header, body, NOW)).isFalse();
    }

    @Property
    void aHeaderSignedWithSeveralSecretsVerifiesWithEach(@ForAll String body) {
        List<String> secrets = List.of("whsec_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "whsec_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
        String header = WebhookSignature.header(secrets, NOW.getEpochSecond(), body);
        for (String s : secrets) assertThat(WebhookSignature.verify(s, header, body, NOW)).isTrue();
    }

    @Property
    void backoffDoublesWithinJitterAndNeverExceedsTheCap(@ForAll @IntRange(min = 1, max = 60) int failures, @ForAll long seed) {
        Duration d = BackoffSchedule.delay(failures, new Random(seed));
        Duration nominal = BackoffSchedule.nominal(failures);
        assertThat(d).isLessThanOrEqualTo(BackoffSchedule.CAP);
        assertThat(d.toMillis()).isBetween(Math.round(nominal.toMillis() * 0.75) - 1, Math.min(Math.round(nominal.toMillis() * 1.25) + 1, BackoffSchedule.CAP.toMillis()));
        if (failures > 1 && nominal.compareTo(BackoffSchedule.CAP) < 0) {
            assertThat(nominal).isEqualTo(BackoffSchedule.nominal(failures - 1).multipliedBy(2));
        }
    }

    @Property
    void theFirstRetryComesAfterAboutOneSecond(@ForAll long seed) {
        assertThat(BackoffSchedule.delay(1, new Random(seed)).toMillis()).isBetween(750L, 1250L);
    }

    @Property
    void noAttemptIsScheduledPast24h(@ForAll @IntRange(min = 1, max = 60) int failures, @ForAll @LongRange(min = 0, max = 200_000) long secondsIn, @ForAll long seed) {
        Instant created = NOW;
        Instant now = created.plusSeconds(secondsIn);
        BackoffSchedule.next(created, now, failures, new Random(seed))
                .forEach(at -> assertThat(at).isBeforeOrEqualTo(created.plus(BackoffSchedule.GIVE_UP_AFTER)));
    }

    @Property
    void sealedSecretsOpenOnlyUnderTheSameServerSecret(@ForAll long seed) {
        SecretBox box = new SecretBox(new SecretHasher("server-secret-a-server-secret-a!".getBytes(StandardCharsets.UTF_8)));
        String secret = WebhookSecret.generate(new Random(seed)).value();
        String sealed = box.seal(secret, new Random(seed + 1));
        assertThat(sealed).doesNotContain(secret.substring(6));
        assertThat(box.open(sealed)).isEqualTo(secret);
        SecretBox other = new SecretBox(new SecretHasher("server-secret-b-server-secret-b!".getBytes(StandardCharsets.UTF_8)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(IllegalStateException.class);
    }
}
