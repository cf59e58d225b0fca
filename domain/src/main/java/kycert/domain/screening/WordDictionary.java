package kycert.domain.screening;

import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The distinct words of a list's names, filed under their typo keys ({@link TypoNeighbours#keys}) in sorted primitive
 * arrays: finding the words that agree with a subject's word is a dozen binary searches, never a dictionary scan.
 * Keys keep 40 bits of their hash; a collision only adds a word that {@link TokenSimilarity#spelledOut} then rejects.
 */
final class WordDictionary {

    private static final int WORD_BITS = 24;
    private static final long WORD_MASK = (1L << WORD_BITS) - 1;

    private final String[] words;
    private final long[] keys;
    private final int[] keyStart;
    private final int[] keyWords;

    private WordDictionary(String[] words, long[] keys, int[] keyStart, int[] keyWords) {
        this.words = words;
        this.keys = keys;
        this.keyStart = keyStart;
        this.keyWords = keyWords;
    }

    /** {@code words[i]} gets id {@code i}. */
    static WordDictionary of(String[] words) {
        if (words.length > WORD_MASK) throw new IllegalStateException("too many distinct words: " + words.length);
        LongStream.Builder pairs = LongStream.builder();
        for (int d = 0; d < words.length; d++) for (long key : TypoNeighbours.keys(words[d])) pairs.add(key & ~WORD_MASK | d);
        long[] sorted = pairs.build().sorted().distinct().toArray();
        long[] keys = new long[sorted.length];
        int[] start = new int[sorted.length + 1];
        int[] owners = new int[sorted.length];
        int distinct = 0;
        for (int p = 0; p < sorted.length; p++) {
            long key = sorted[p] & ~WORD_MASK;
            if (distinct == 0 || keys[distinct - 1] != key) {
                keys[distinct] = key;
                start[distinct++] = p;
            }
            owners[p] = (int) (sorted[p] & WORD_MASK);
        }
        start[distinct] = sorted.length;
        return new WordDictionary(words, Arrays.copyOf(keys, distinct), Arrays.copyOf(start, distinct + 1), owners);
    }

    String word(int id) {
        return words[id];
    }

    /** Ids of the words that agree with {@code word} (typo neighbours with a high enough similarity), ascending. */
    int[] agreeingWith(String word) {
        IntStream.Builder found = IntStream.builder();
        for (long key : TypoNeighbours.keys(word)) {
            int k = Arrays.binarySearch(keys, key & ~WORD_MASK);
            if (k >= 0) for (int i = keyStart[k]; i < keyStart[k + 1]; i++) found.add(keyWords[i]);
        }
        return found.build().sorted().distinct().filter(d -> TokenSimilarity.spelledOut(word, words[d]) > 0).toArray();
    }
}
