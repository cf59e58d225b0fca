package kycert.domain.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import kycert.domain.subject.SubjectType;

/**
 * The names that can match on their own (no document of the subject's type on the entry), found by their words.
 *
 * <p>Two levels: the {@link WordDictionary} gives the words that agree with each of the subject's; their postings (sorted
 * primitive arrays) give the names. Names whose {@link CandidateBound} falls below the threshold are skipped unscored,
 * and the postings of very common words are only probed ({@link RareWordFilter}).
 */
final class NameIndex {

    private static final byte FOR_PF = 1;
    private static final byte FOR_PJ = 2;

    private final WordDictionary words;
    private final int[] postingStart;
    private final int[] postings;
    private final int[] nameEntry;
    private final int[] nameLetters;
    private final int[] nameInitials;
    private final int[] nameHeaviest;
    private final byte[] entryScope;

    private NameIndex(WordDictionary words, int[][] postingTable, int[] nameEntry, int[] nameLetters,
                      int[] nameInitials, int[] nameHeaviest, byte[] entryScope) {
        this.words = words;
        this.postingStart = postingTable[0];
        this.postings = postingTable[1];
        this.nameEntry = nameEntry;
        this.nameLetters = nameLetters;
        this.nameInitials = nameInitials;
        this.nameHeaviest = nameHeaviest;
        this.entryScope = entryScope;
    }

    static NameIndex build(IndexedEntry[] entries) {
        Map<String, Integer> dictionary = new HashMap<>();
        byte[] scope = new byte[entries.length];
        IntStream.Builder owners = IntStream.builder();
        IntStream.Builder letters = IntStream.builder();
        IntStream.Builder initials = IntStream.builder();
        IntStream.Builder heaviest = IntStream.builder();
        LongStream.Builder wordNames = LongStream.builder();
        int name = 0;
        for (int e = 0; e < entries.length; e++) {
            scope[e] = scope(entries[e].entry());
            if (scope[e] == 0) continue;
            for (NormalizedName n : entries[e].names()) {
                owners.add(e);
                letters.add(n.weight());
                initials.add(n.initials());
                heaviest.add(n.heaviestWord());
                for (String t : n.tokens()) if (!NormalizedName.isInitial(t)) wordNames.add((long) word(dictionary, t) << 32 | name);
                name++;
            }
        }
        String[] words = new String[dictionary.size()];
        dictionary.forEach((w, id) -> words[id] = w);
        return new NameIndex(WordDictionary.of(words), csr(wordNames.build().sorted().distinct().toArray(), words.length),
                owners.build().toArray(), letters.build().toArray(), initials.build().toArray(), heaviest.build().toArray(), scope);
    }

    /** Distinct entry ordinals whose names may reach {@code threshold} against {@code subject}, ascending. */
    int[] candidates(NormalizedName subject, SubjectType type, MatchThreshold threshold) {
        byte wanted = type == SubjectType.PF ? FOR_PF : FOR_PJ;
        List<String> subjectWords = subject.tokens();
        int count = subjectWords.size();
        int[] weight = new int[count];
        int[] heaviest = new int[count];
        long[] postingCount = new long[count];
        List<List<int[]>> agreeing = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            String word = subjectWords.get(w);
            weight[w] = NormalizedName.weight(word);
            List<int[]> ranges = new ArrayList<>();
            if (!NormalizedName.isInitial(word)) {
                for (int d : words.agreeingWith(word)) {
                    int dw = NormalizedName.weight(words.word(d));
                    ranges.add(new int[] {weight[w] + dw, postingStart[d], postingStart[d + 1]});
                    heaviest[w] = Math.max(heaviest[w], dw);
                    postingCount[w] += postingStart[d + 1] - postingStart[d];
                }
            }
            agreeing.add(ranges);
        }
        boolean[] common = RareWordFilter.common(weight, heaviest, postingCount, subject.initials() > 0, threshold.value());
        // Dense accumulation: summing every agreeing pair can only overestimate a name's agreed weight, which keeps
        // the bound safe, and costs one add per posting.
        int[] agreedRare = new int[nameEntry.length];
        IntStream.Builder touched = IntStream.builder();
        for (int w = 0; w < count; w++) {
            if (common[w]) continue;
            for (int[] r : agreeing.get(w)) {
                for (int p = r[1]; p < r[2]; p++) {
                    int n = postings[p];
                    if (agreedRare[n] == 0) touched.add(n);
                    agreedRare[n] += r[0];
                }
            }
        }
        IntStream.Builder found = IntStream.builder();
        CandidateBound.Side side = CandidateBound.Side.of(subject);
        for (int n : touched.build().toArray()) {
            int e = nameEntry[n];
            if ((entryScope[e] & wanted) == 0) continue;
            int agreed = agreedRare[n] + agreedCommon(n, common, agreeing);
            CandidateBound.Side name = new CandidateBound.Side(nameLetters[n], nameInitials[n], nameHeaviest[n]);
            if (CandidateBound.upper(agreed, side, name) >= threshold.value()) found.add(e);
        }
        return found.build().sorted().distinct().toArray();
    }

    /** What the common words add for one name found through a rare one: a binary search per agreeing word. */
    private int agreedCommon(int name, boolean[] common, List<List<int[]>> agreeing) {
        int agreed = 0;
        for (int w = 0; w < common.length; w++) {
            if (!common[w]) continue;
            int best = 0;
            for (int[] r : agreeing.get(w)) {
                if (r[0] > best && Arrays.binarySearch(postings, r[1], r[2], name) >= 0) best = r[0];
            }
            agreed += best;
        }
        return agreed;
    }

    private static int word(Map<String, Integer> dictionary, String token) {
        return dictionary.computeIfAbsent(token, t -> dictionary.size());
    }

    /** Which subject types may match this entry by name alone: no document of their type, and a fitting kind. */
    private static byte scope(ListEntry entry) {
        boolean cpf = !entry.maskedCpfs().isEmpty() || entry.documents().stream().anyMatch(d -> d.length() == 11);
        boolean cnpj = entry.documents().stream().anyMatch(d -> d.length() == 14);
        byte s = 0;
        if (!cpf && KindRule.admits(entry.kind(), SubjectType.PF)) s |= FOR_PF;
        if (!cnpj && KindRule.admits(entry.kind(), SubjectType.PJ)) s |= FOR_PJ;
        return s;
    }

    /** {start offsets per word, name ids}: compressed rows of sorted (word << 32 | name) pairs. */
    private static int[][] csr(long[] pairs, int wordCount) {
        int[] start = new int[wordCount + 1];
        int[] names = new int[pairs.length];
        for (int p = 0; p < pairs.length; p++) {
            start[(int) (pairs[p] >>> 32) + 1]++;
            names[p] = (int) pairs[p];
        }
        for (int w = 0; w < wordCount; w++) start[w + 1] += start[w];
        return new int[][] {start, names};
    }
}
