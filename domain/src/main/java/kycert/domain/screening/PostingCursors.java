package kycert.domain.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * A k-way merge of sorted posting lists (one per agreeing subject word × dictionary word): visits each name once, in
 * id order, with the letters its agreeing words account for — the best pair per subject word, summed.
 */
final class PostingCursors {

    /** Receives each name id with its agreed letters. */
    interface Visitor {
        void visit(int name, int agreedLetters);
    }

    private final int[] postings;
    private final List<int[]> cursors = new ArrayList<>();

    PostingCursors(int[] postings) {
        this.postings = postings;
    }

    /** Postings {@code [from, to)} carry subject word {@code word}, agreeing for {@code letters} letters. */
    void add(int word, int letters, int from, int to) {
        if (from < to) cursors.add(new int[] {from, to, word, letters});
    }

    void forEachName(int subjectWords, Visitor visitor) {
        int[] heap = new int[cursors.size()];
        int size = 0;
        for (int c = 0; c < cursors.size(); c++) {
            heap[size] = c;
            siftUp(heap, size++);
        }
        int[] best = new int[subjectWords];
        while (size > 0) {
            int name = head(heap[0]);
            while (size > 0 && head(heap[0]) == name) {
                int[] c = cursors.get(heap[0]);
                best[c[2]] = Math.max(best[c[2]], c[3]);
                if (++c[0] == c[1]) heap[0] = heap[--size];
                siftDown(heap, size);
            }
            int agreed = 0;
            for (int w = 0; w < best.length; w++) {
                agreed += best[w];
                best[w] = 0;
            }
            visitor.visit(name, agreed);
        }
    }

    private int head(int cursor) {
        return postings[cursors.get(cursor)[0]];
    }

    private void siftUp(int[] heap, int i) {
        while (i > 0 && head(heap[i]) < head(heap[(i - 1) / 2])) {
            swap(heap, i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    private void siftDown(int[] heap, int size) {
        int i = 0;
        while (true) {
            int smallest = i;
            int l = 2 * i + 1;
            int r = l + 1;
            if (l < size && head(heap[l]) < head(heap[smallest])) smallest = l;
            if (r < size && head(heap[r]) < head(heap[smallest])) smallest = r;
            if (smallest == i) return;
            swap(heap, i, smallest);
            i = smallest;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
