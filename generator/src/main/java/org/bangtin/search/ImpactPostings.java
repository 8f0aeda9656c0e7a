package org.bangtin.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.util.SmallFloat;

/**
 * A term's postings as the static export writes them, so that a query can rank its top results
 * without downloading every posting of a frequent word ("kế hoạch" stands in nearly every notice):
 * <ul>
 * <li>the <em>impact list</em>: the postings by the score they give (frequency and norm byte, which
 *     BM25 turns into a score that only grows with {@code freq * normInverse}), the best first, cut
 *     into blocks ({@value #FIRST_BLOCK} postings, then each {@value #GROWTH}% of the one before).
 *     A block lists its <em>classes</em> (frequency and norm) best first, then its documents,
 *     ascending, as gaps, then the class of each. The browser reads blocks from the start until no
 *     document it has not seen yet can enter the top results: the first class of the next block
 *     bounds what the rest of the list can add.</li>
 * <li>the <em>documents</em>: every document of the term, ascending, as gaps (or those without it,
 *     when that is the shorter list), for what must be exact over all matches: which notices match
 *     and how many.</li>
 * </ul>
 */
final class ImpactPostings {
    /** Postings in the first block of a list. */
    static final int FIRST_BLOCK = 128;
    /**
     * How much larger each next block is, in percent: a query reads whole blocks, so smaller steps
     * read fewer postings it does not need, larger ones need fewer requests one after the other.
     */
    static final int GROWTH = 150;

    /** One block of an impact list: its bytes (not compressed) and its first class (the block's best). */
    record Block(byte[] bytes, int freq, int norm) {
    }

    private ImpactPostings() {
    }

    /**
     * BM25's {@code 1 / (k1 * (1 - b + b * length / avgdl))} for each norm byte, as Lucene 9.12's
     * BM25Similarity computes it in float (the browser computes the same).
     */
    static float[] normInverses(float k1, float b, float avgdl) {
        float[] cache = new float[256];
        for (int i = 0; i < 256; i++) {
            float length = SmallFloat.byte4ToInt((byte) i);
            cache[i] = 1f / (k1 * ((1 - b) + b * length / avgdl));
        }
        return cache;
    }

    /**
     * The impact list of a term's postings in blocks: {@code docs} ascending with their {@code freqs},
     * {@code documentNorms} by document. {@code normInverses} null (a field that is not scored): one
     * class of every document.
     */
    static List<Block> blocks(int[] docs, int[] freqs, byte[] documentNorms, float[] normInverses, int firstBlock) {
        int n = docs.length;
        byte[] norms = new byte[n];
        for (int i = 0; i < n; i++) {
            norms[i] = documentNorms[docs[i]];
        }
        boolean scored = normInverses != null;
        int[] order = scored ? byImpact(freqs, norms, normInverses) : identity(n);
        int[] ends = blockEnds(n, firstBlock);
        // Each posting's block, and the number of its class in the block, along the impact order.
        int[] blockOf = new int[n];
        int[] classInBlock = new int[n];
        long[][] classes = new long[ends.length][];
        for (int b = 0; b < ends.length; b++) {
            int start = b == 0 ? 0 : ends[b - 1];
            long[] blockClasses = new long[ends[b] - start];
            int classCount = 0;
            for (int i = start; i < ends[b]; i++) {
                int p = order[i];
                long key = scored ? classKey(freqs[p], norms[p]) : 0L;
                if (classCount == 0 || blockClasses[classCount - 1] != key) {
                    blockClasses[classCount++] = key;
                }
                blockOf[p] = b;
                classInBlock[p] = classCount - 1;
            }
            classes[b] = Arrays.copyOf(blockClasses, classCount);
        }
        // Each block's postings in document order, by one pass over all of them, which come in that
        // order (sorting each block was a fifth of the export's samples at 100,000 notices).
        int[] next = new int[ends.length];
        System.arraycopy(ends, 0, next, 1, ends.length - 1);
        int[] byBlock = new int[n];
        for (int p = 0; p < n; p++) {
            byBlock[next[blockOf[p]]++] = p;
        }
        List<Block> blocks = new ArrayList<>();
        for (int b = 0; b < ends.length; b++) {
            int start = b == 0 ? 0 : ends[b - 1];
            int first = order[start];
            byte[] bytes = block(classes[b], byBlock, start, ends[b], docs, classInBlock);
            blocks.add(new Block(bytes, scored ? freqs[first] : 0, scored ? norms[first] & 0xFF : 0));
        }
        return blocks;
    }

    /**
     * Where each block of {@code n} postings ends: {@code firstBlock} postings, then each
     * {@link #GROWTH}% of the one before.
     */
    private static int[] blockEnds(int n, int firstBlock) {
        List<Integer> ends = new ArrayList<>();
        for (long end = 0, size = firstBlock; end < n; size = Math.min(Integer.MAX_VALUE, size * GROWTH / 100)) {
            end = Math.min(n, end + size);
            ends.add((int) end);
        }
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /**
     * The postings in impact order: class by class (frequency and norm), the best class first (ties
     * by frequency, then norm), each class's postings in document order. On primitive arrays: most
     * terms have a few postings, and boxed class keys in maps were a quarter of the export's
     * allocation at 100,000 notices.
     */
    private static int[] byImpact(int[] freqs, byte[] norms, float[] normInverses) {
        int n = norms.length;
        ClassNumbers numbers = new ClassNumbers();
        int[] classOf = new int[n];
        for (int i = 0; i < n; i++) {
            classOf[i] = numbers.of(classKey(freqs[i], norms[i]));
        }
        int classCount = numbers.count();
        long[] byKey = Arrays.copyOf(numbers.keys(), classCount);
        Arrays.sort(byKey);
        // The classes best first: the score's bits (a positive float's bits order as the float does),
        // inverted, above the class's rank by key, which breaks ties by frequency, then norm.
        long[] byScore = new long[classCount];
        for (int c = 0; c < classCount; c++) {
            long bits = Float.floatToIntBits(tf(byKey[c], normInverses));
            byScore[c] = (Integer.MAX_VALUE - bits) << 32 | c;
        }
        Arrays.sort(byScore);
        int[] rankByKey = new int[classCount];
        for (int r = 0; r < classCount; r++) {
            rankByKey[(int) byScore[r]] = r;
        }
        int[] rank = new int[classCount]; // by class number
        for (int c = 0; c < classCount; c++) {
            rank[c] = rankByKey[Arrays.binarySearch(byKey, numbers.keys()[c])];
        }
        // Counting sort by rank, stable, so that each class keeps its postings in document order.
        int[] start = new int[classCount + 1];
        for (int i = 0; i < n; i++) {
            start[rank[classOf[i]] + 1]++;
        }
        for (int r = 0; r < classCount; r++) {
            start[r + 1] += start[r];
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[start[rank[classOf[i]]]++] = i;
        }
        return order;
    }

    /** A class as one number: the frequency, then the norm byte, so that they sort as the tie-break. */
    private static long classKey(int freq, byte norm) {
        return ((long) freq << 8) | (norm & 0xFF);
    }

    private static float tf(long classKey, float[] normInverses) {
        return (classKey >>> 8) * normInverses[(int) (classKey & 0xFF)];
    }

    /**
     * A block: its classes (frequency and norm), best first; then its documents, ascending, as gaps;
     * then the number of each document's class. {@code byBlock[start..end)} are the block's
     * postings in document order, {@code classInBlock} the number of each posting's class in its block.
     */
    private static byte[] block(long[] classes, int[] byBlock, int start, int end, int[] docs, int[] classInBlock) {
        Bytes out = new Bytes().varint(classes.length);
        for (long key : classes) {
            out.varint(key >>> 8).u8((int) (key & 0xFF));
        }
        out.varint(end - start);
        int previous = 0;
        for (int i = start; i < end; i++) {
            int doc = docs[byBlock[i]];
            out.varint(doc - previous);
            previous = doc;
        }
        for (int i = start; i < end; i++) {
            out.varint(classInBlock[byBlock[i]]);
        }
        return out.toByteArray();
    }

    /**
     * The distinct classes of a term's postings, numbered as met: a term has few (frequencies
     * times norms) against many postings, and a table finds each posting's class without sorting
     * the postings (sorting them, and a binary search for each, was a third of the export's samples).
     */
    private static final class ClassNumbers {
        /** Open addressing: a class's number + 1, or 0 for a free slot. Never more than half full. */
        private int[] slots = new int[64];
        private long[] keys = new long[32];
        private int count;

        int of(long key) {
            int mask = slots.length - 1;
            int slot = home(key, mask);
            for (int entry = slots[slot]; entry != 0; entry = slots[slot]) {
                if (keys[entry - 1] == key) {
                    return entry - 1;
                }
                slot = (slot + 1) & mask;
            }
            if (count == keys.length) {
                grow();
                return of(key);
            }
            keys[count] = key;
            slots[slot] = ++count;
            return count - 1;
        }

        int count() {
            return count;
        }

        /** The classes by number (the first {@link #count} of them). */
        long[] keys() {
            return keys;
        }

        /** A key's first slot: its bits spread by a multiplication, then those of both halves folded. */
        private static int home(long key, int mask) {
            return Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        }

        private void grow() {
            keys = Arrays.copyOf(keys, keys.length * 2);
            slots = new int[keys.length * 2];
            int mask = slots.length - 1;
            for (int c = 0; c < count; c++) {
                int slot = home(keys[c], mask);
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = c + 1;
            }
        }
    }

    /**
     * The documents of a term as gaps; when the term is in more than half of the {@code maxDoc}
     * documents, the documents without it instead. Gives whether it wrote those ({@code complement}).
     */
    static boolean documents(int[] docs, int maxDoc, Bytes out) {
        boolean complement = docs.length * 2L > maxDoc;
        int previous = 0;
        if (complement) {
            int next = 0;
            for (int doc = 0; doc < maxDoc; doc++) {
                if (next < docs.length && docs[next] == doc) {
                    next++;
                } else {
                    out.varint(doc - previous);
                    previous = doc;
                }
            }
        } else {
            for (int doc : docs) {
                out.varint(doc - previous);
                previous = doc;
            }
        }
        return complement;
    }
}
