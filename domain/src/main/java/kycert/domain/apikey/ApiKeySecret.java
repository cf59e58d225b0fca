package kycert.domain.apikey;

import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;
import java.util.zip.CRC32;

/**
 * A full API key: {@code sk_live_|sk_test_} + at least 32 random base62 chars + a 6-char base62 CRC32 checksum.
 * Its {@code toString} is masked so the secret cannot reach a log by accident.
 */
public record ApiKeySecret(String value) {
    public static final int BODY_LENGTH = 40;
    public static final int MIN_BODY_LENGTH = 32;
    public static final int CHECKSUM_LENGTH = 6;
    public static final int PREFIX_LENGTH = 16;

    public ApiKeySecret {
        if (parseEnvironment(value).isEmpty()) throw new IllegalArgumentException("malformed API key");
    }

    /** Parses untrusted input; none when the shape or checksum is wrong (refused without any store lookup). */
    public static Option<ApiKeySecret> parse(String raw) {
        return parseEnvironment(raw).map(env -> new ApiKeySecret(raw));
    }

    public static ApiKeySecret generate(Environment env, RandomGenerator random) {
        String head = env.keyPrefix() + Base62.random(random, BODY_LENGTH);
        return new ApiKeySecret(head + checksum(head));
    }

    public Environment environment() {
        return parseEnvironment(value).get();
    }

    /** The first 16 characters, safe to show and log. */
    public String keyPrefix() {
        return value.substring(0, PREFIX_LENGTH);
    }

    public String masked() {
        return maskedFromPrefix(keyPrefix());
    }

    public static String maskedFromPrefix(String prefix) {
        return prefix + "…" + "••••••••";
    }

    @Override
    public String toString() {
        return masked();
    }

    static String checksum(String head) {
        CRC32 crc = new CRC32();
        crc.update(head.getBytes(StandardCharsets.US_ASCII));
        return Base62.encode(crc.getValue(), CHECKSUM_LENGTH);
    }

    private static Option<Environment> parseEnvironment(String raw) {
        if (raw == null) return Option.none();
        Environment env;
        if (raw.startsWith(Environment.LIVE.keyPrefix())) env = Environment.LIVE;
        else if (raw.startsWith(Environment.TEST.keyPrefix())) env = Environment.TEST;
        else return Option.none();
        int prefixLen = env.keyPrefix().length();
        int bodyLen = raw.length() - prefixLen - CHECKSUM_LENGTH;
        if (bodyLen < MIN_BODY_LENGTH || raw.length() > 200) return Option.none();
        for (int i = prefixLen; i < raw.length(); i++) {
            if (!Base62.isBase62(raw.charAt(i))) return Option.none();
        }
        String head = raw.substring(0, raw.length() - CHECKSUM_LENGTH);
        return checksum(head).equals(raw.substring(raw.length() - CHECKSUM_LENGTH)) ? Option.of(env) : Option.none();
    }
}
