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
        int[] order = normInverses == null ? identity(n) : byImpact(freqs, norms, normInverses);
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        int size = firstBlock;
        while (start < n) {
            int end = (int) Math.min(n, (long) start + size);
            blocks.add(block(order, start, end, docs, freqs, norms, normInverses != null));
            start = end;
            size = (int) Math.min(Integer.MAX_VALUE, (long) size * GROWTH / 100);
        }
        return blocks;
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
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = classKey(freqs[i], norms[i]);
        }
        long[] classes = keys.clone();
        Arrays.sort(classes);
        int classCount = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || classes[i] != classes[i - 1]) {
                classes[classCount++] = classes[i];
            }
        }
        // The classes best first: the score's bits (a positive float's bits order as the float does),
        // inverted, above the class's rank by key, which breaks ties by frequency, then norm.
        long[] byScore = new long[classCount];
        for (int c = 0; c < classCount; c++) {
            long bits = Float.floatToIntBits(tf(classes[c], normInverses));
            byScore[c] = (Integer.MAX_VALUE - bits) << 32 | c;
        }
        Arrays.sort(byScore);
        int[] rank = new int[classCount];
        for (int r = 0; r < classCount; r++) {
            rank[(int) byScore[r]] = r;
        }
        // Counting sort by rank, stable, so that each class keeps its postings in document order.
        int[] start = new int[classCount + 1];
        int[] rankOf = new int[n];
        for (int i = 0; i < n; i++) {
            rankOf[i] = rank[Arrays.binarySearch(classes, 0, classCount, keys[i])];
            start[rankOf[i] + 1]++;
        }
        for (int r = 0; r < classCount; r++) {
            start[r + 1] += start[r];
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[start[rankOf[i]]++] = i;
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
     * then the class of each document. The postings come class by class ({@link #byImpact}), so a
     * block's classes are the changes of class along them.
     */
    private static Block block(int[] order, int start, int end, int[] docs, int[] freqs, byte[] norms, boolean scored) {
        int size = end - start;
        long[] classes = new long[size];
        int classCount = 0;
        long[] postings = new long[size]; // the posting above its class's number in the block
        for (int i = start; i < end; i++) {
            int p = order[i];
            long key = scored ? classKey(freqs[p], norms[p]) : 0L;
            if (classCount == 0 || classes[classCount - 1] != key) {
                classes[classCount++] = key;
            }
            postings[i - start] = (long) p << 32 | (classCount - 1);
        }
        Arrays.sort(postings); // postings are in document order
        Bytes out = new Bytes().varint(classCount);
        for (int c = 0; c < classCount; c++) {
            out.varint(classes[c] >>> 8).u8((int) (classes[c] & 0xFF));
        }
        out.varint(size);
        int previous = 0;
        for (long posting : postings) {
            int doc = docs[(int) (posting >>> 32)];
            out.varint(doc - previous);
            previous = doc;
        }
        for (long posting : postings) {
            out.varint((int) posting);
        }
        int first = order[start];
        return new Block(out.toByteArray(), scored ? freqs[first] : 0, scored ? norms[first] & 0xFF : 0);
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
