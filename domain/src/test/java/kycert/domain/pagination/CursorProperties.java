package kycert.domain.pagination;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import kycert.domain.apikey.SecretHasher;
import kycert.domain.error.ErrorCode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class CursorProperties {
    private final CursorCodec codec = new CursorCodec(new SecretHasher("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8)));

    @Property
    void encodeThenDecodeIsIdentity(@ForAll @LongRange(min = 0, max = 4_102_444_800L) long seconds,
                                    @ForAll @IntRange(min = 0, max = 999_999_999) int nanos, @ForAll String binding) {
        CursorCodec.Position p = new CursorCodec.Position(Instant.ofEpochSecond(seconds, nanos), UUID.randomUUID());
        assertThat(codec.decode(codec.encode(p, binding), binding).get()).isEqualTo(p);
    }

    @Property
    void aCursorIsBoundToItsListing(@ForAll String binding, @ForAll String other) {
        if (binding.equals(other)) return;
        String c = codec.encode(new CursorCodec.Position(Instant.EPOCH, UUID.randomUUID()), binding);
        assertThat(codec.decode(c, other).getLeft().code()).isEqualTo(ErrorCode.INVALID_CURSOR);
    }

    @Property
    void anyAlteredCharacterIsRefused(@ForAll @IntRange(min = 0, max = 200) int index, @ForAll char replacement) {
        String c = codec.encode(new CursorCodec.Position(Instant.parse("2026-11-23T10:00:00Z"), UUID.randomUUID()), "b");
        int i = index % c.length();
        if (c.charAt(i) == replacement) return;
        String altered = c.substring(0, i) + replacement + c.substring(i + 1);
        assertThat(codec.decode(altered, "b").isLeft()).isTrue();
    }

    @Property
    void anotherServerSecretRefusesTheCursor(@ForAll String binding) {
        CursorCodec other = new CursorCodec(new SecretHasher("another-secret-another-secret-xx".getBytes(StandardCharsets.UTF_8)));
        String c = codec.encode(new CursorCodec.Position(Instant.EPOCH, UUID.randomUUID()), binding);
        assertThat(other.decode(c, binding).isLeft()).isTrue();
    }

    @Property
    void garbageIsInvalidCursorNeverAnException(@ForAll String garbage) {
        assertThat(codec.decode(garbage, "b").isLeft()).isTrue();
    }
}
