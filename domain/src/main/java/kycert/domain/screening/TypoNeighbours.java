package kycert.domain.screening;

/**
 * Which spelled-out tokens are close enough to be compared at all — the blocking rule the index and the scorer share.
 *
 * <p>Two tokens are neighbours when they are equal, share their first four letters, or become equal after deleting
 * at most one letter from each (symmetric deletion: any single insertion, deletion, substitution or swap of adjacent
 * letters). The index files a token under the hash of each such key, so finding neighbours never scans the
 * dictionary, and because scoring asks the same question the index answers, the index misses nothing a scan would find.
 */
final class TypoNeighbours {

    static final int PREFIX = 4;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long PREFIX_SEED = 0x9e3779b97f4a7c15L;

    private TypoNeighbours() {
    }

    static boolean share(String a, String b) {
        if (a.equals(b)) return true;
        if (a.length() >= PREFIX && b.length() >= PREFIX && a.regionMatches(0, b, 0, PREFIX)) return true;
        int la = a.length();
        int lb = b.length();
        if (la == lb + 1) return isOneDeletion(a, b);
        if (lb == la + 1) return isOneDeletion(b, a);
        return la == lb && oneDeletionEach(a, b);
    }

    /** The hashes a token is filed under: itself, each one-letter deletion, and its four-letter prefix. */
    static long[] keys(String token) {
        int n = token.length();
        boolean prefixed = n >= PREFIX;
        long[] keys = new long[1 + n + (prefixed ? 1 : 0)];
        keys[0] = hash(token, -1, n, FNV_OFFSET);
        for (int skip = 0; skip < n; skip++) keys[1 + skip] = hash(token, skip, n, FNV_OFFSET);
        if (prefixed) keys[1 + n] = hash(token, -1, PREFIX, PREFIX_SEED);
        return keys;
    }

    private static long hash(String s, int skip, int length, long seed) {
        long h = seed;
        for (int i = 0; i < length; i++) {
            if (i == skip) continue;
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    /** Whether {@code shorter} is {@code longer} with one letter deleted. */
    private static boolean isOneDeletion(String longer, String shorter) {
        int p = commonPrefix(longer, shorter);
        return longer.regionMatches(p + 1, shorter, p, shorter.length() - p);
    }

    /** Equal lengths: whether deleting one letter from each can make them equal (substitution or adjacent swap). */
    private static boolean oneDeletionEach(String a, String b) {
        int n = a.length();
        int i = commonPrefix(a, b);
        int s = 0;
        while (s < n - i && a.charAt(n - 1 - s) == b.charAt(n - 1 - s)) s++;
        int j = n - 1 - s;
        return a.regionMatches(i + 1, b, i, j - i) || a.regionMatches(i, b, i + 1, j - i);
    }

    private static int commonPrefix(String a, String b) {
        int max = Math.min(a.length(), b.length());
        int p = 0;
        while (p < max && a.charAt(p) == b.charAt(p)) p++;
        return p;
    }
}
