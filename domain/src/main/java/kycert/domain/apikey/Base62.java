package kycert.domain.apikey;

import java.util.random.RandomGenerator;

/** Base62 alphabet helpers for key bodies and checksums. */
public final class Base62 {
    public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private Base62() {}

    public static boolean isBase62(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Fixed-width base62 of a non-negative number, left-padded with '0'. */
    public static String encode(long value, int width) {
        char[] out = new char[width];
        long v = value;
        for (int i = width - 1; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (v % 62));
            v /= 62;
        }
        if (v != 0) throw new IllegalArgumentException("value does not fit in " + width + " base62 chars");
        return new String(out);
    }

    /** Uniformly random base62 string (rejection sampling, no modulo bias). */
    public static String random(RandomGenerator random, int length) {
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            int b = random.nextInt(256);
            if (b < 248) sb.append(ALPHABET.charAt(b % 62));
        }
        return sb.toString();
    }
}
