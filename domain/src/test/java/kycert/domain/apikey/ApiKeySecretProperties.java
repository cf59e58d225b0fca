package kycert.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ApiKeySecretProperties {

    @Property
    void generatedKeysParseAndKeepTheirEnvironment(@ForAll long seed, @ForAll Environment env) {
        ApiKeySecret s = ApiKeySecret.generate(env, new Random(seed));
        assertThat(s.value()).startsWith(env.keyPrefix());
        assertThat(s.value().length()).isGreaterThanOrEqualTo(env.keyPrefix().length() + ApiKeySecret.MIN_BODY_LENGTH + ApiKeySecret.CHECKSUM_LENGTH);
        assertThat(ApiKeySecret.parse(s.value()).get().environment()).isEqualTo(env);
        assertThat(s.keyPrefix()).hasSize(16).isEqualTo(s.value().substring(0, 16));
    }

    @Property
    void aMistypedCharacterInTheBodyOrChecksumIsRefusedWithoutLookup(@ForAll long seed, @ForAll @IntRange(min = 8, max = 53) int index,
                                                                   @ForAll @IntRange(min = 0, max = 61) int replacement) {
        ApiKeySecret s = ApiKeySecret.generate(Environment.TEST, new Random(seed));
        char c = Base62.ALPHABET.charAt(replacement);
        if (s.value().charAt(index) == c) return;
        String typo = s.value().substring(0, index) + c + s.value().substring(index + 1);
        // CRC32 detects every single-character change within a 54-char key: no collision for one substitution
        assertThat(ApiKeySecret.parse(typo).isEmpty()).isTrue();
    }

    @Property
    void toStringNeverShowsTheSecret(@ForAll long seed) {
        ApiKeySecret s = ApiKeySecret.generate(Environment.LIVE, new Random(seed));
        assertThat(s.toString()).doesNotContain(s.value().substring(16));
        assertThat(s.masked()).startsWith(s.keyPrefix());
    }

    @Property
    void theKeyedHashDependsOnTheServerSecret(@ForAll long seed) {
        ApiKeySecret s = ApiKeySecret.generate(Environment.TEST, new Random(seed));
        SecretHasher a = new SecretHasher("server-secret-a-server-secret-a!".getBytes());
        SecretHasher b = new SecretHasher("server-secret-b-server-secret-b!".getBytes());
        assertThat(a.hash(s)).isEqualTo(a.hash(s)).isNotEqualTo(b.hash(s));
        assertThat(a.hash(s).hex()).doesNotContain(s.value().substring(8));
    }
}
