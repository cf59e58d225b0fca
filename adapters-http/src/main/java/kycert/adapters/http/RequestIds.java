package kycert.adapters.http;

import java.util.concurrent.ThreadLocalRandom;

/** Request ids: {@code req_} + 24 random base62 characters, or a sane id the caller sent (a gateway's trace id). */
final class RequestIds {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int LENGTH = 24;

    private RequestIds() {}

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] out = new char[4 + LENGTH];
        "req_".getChars(0, 4, out, 0);
        for (int i = 4; i < out.length; i++) out[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        return new String(out);
    }

    /** The incoming id when it is 8 to 128 characters of {@code [A-Za-z0-9._:-]}, else a new one. */
    static String acceptOrNext(String incoming) {
        return incoming != null && sane(incoming) ? incoming : next();
    }

    static boolean sane(String id) {
        if (id.length() < 8 || id.length() > 128) return false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '-' || c == '.' || c == ':';
            if (!ok) return false;
        }
        return true;
    }
}
