package kycert.domain.screening;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.LongStream;

/** Entries by full document, and by the six visible digits of their masked CPFs (kept as sorted primitive arrays). */
final class DocumentIndex {

    private static final int[] NONE = new int[0];

    private final Map<String, int[]> byDocument;
    private final int[] maskedKeys;
    private final int[] maskedStart;
    private final int[] maskedEntries;

    private DocumentIndex(Map<String, int[]> byDocument, int[] maskedKeys, int[] maskedStart, int[] maskedEntries) {
        this.byDocument = byDocument;
        this.maskedKeys = maskedKeys;
        this.maskedStart = maskedStart;
        this.maskedEntries = maskedEntries;
    }

    static DocumentIndex build(IndexedEntry[] entries) {
        Map<String, int[]> byDocument = new HashMap<>();
        LongStream.Builder masked = LongStream.builder();
        for (int e = 0; e < entries.length; e++) {
            ListEntry entry = entries[e].entry();
            for (String d : entry.documents()) byDocument.merge(d, new int[] {e}, DocumentIndex::append);
            for (String m : entry.maskedCpfs()) masked.add((long) Integer.parseInt(m) << 32 | e);
        }
        long[] pairs = masked.build().sorted().distinct().toArray();
        int[] keys = new int[pairs.length];
        int[] start = new int[pairs.length + 1];
        int[] postings = new int[pairs.length];
        int distinct = 0;
        for (int p = 0; p < pairs.length; p++) {
            int key = (int) (pairs[p] >>> 32);
            if (distinct == 0 || keys[distinct - 1] != key) {
                keys[distinct] = key;
                start[distinct++] = p;
            }
            postings[p] = (int) pairs[p];
        }
        start[distinct] = pairs.length;
        return new DocumentIndex(Map.copyOf(byDocument), Arrays.copyOf(keys, distinct),
                Arrays.copyOf(start, distinct + 1), postings);
    }

    int[] withDocument(String document) {
        return byDocument.getOrDefault(document, NONE);
    }

    int[] withMaskedDigits(String sixDigits) {
        int k = Arrays.binarySearch(maskedKeys, Integer.parseInt(sixDigits));
        return k < 0 ? NONE : Arrays.copyOfRange(maskedEntries, maskedStart[k], maskedStart[k + 1]);
    }

    private static int[] append(int[] a, int[] b) {
        if (a[a.length - 1] == b[0]) return a;
        int[] c = Arrays.copyOf(a, a.length + 1);
        c[a.length] = b[0];
        return c;
    }
}
