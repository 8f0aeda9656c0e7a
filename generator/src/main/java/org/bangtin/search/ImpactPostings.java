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
     * by frequency, then norm), each class's postings in document order.
     */
    private static int[] byImpact(int[] freqs, byte[] norms, float[] normInverses) {
        java.util.Map<Long, TermTable.IntList> classes = new java.util.HashMap<>();
        for (int i = 0; i < norms.length; i++) {
            classes.computeIfAbsent(classKey(freqs[i], norms[i]), k -> new TermTable.IntList()).add(i);
        }
        List<Long> keys = new ArrayList<>(classes.keySet());
        keys.sort((x, y) -> {
            int c = Float.compare(tf(y, normInverses), tf(x, normInverses));
            return c != 0 ? c : Long.compare(x, y);
        });
        int[] order = new int[norms.length];
        int at = 0;
        for (long key : keys) {
            for (int posting : classes.get(key).toArray()) {
                order[at++] = posting;
            }
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
     * then the class of each document.
     */
    private static Block block(int[] order, int start, int end, int[] docs, int[] freqs, byte[] norms, boolean scored) {
        java.util.Map<Long, Integer> classes = new java.util.LinkedHashMap<>();
        int[] postings = new int[end - start];
        for (int i = start; i < end; i++) {
            int p = order[i];
            classes.putIfAbsent(scored ? classKey(freqs[p], norms[p]) : 0L, classes.size());
            postings[i - start] = p;
        }
        Arrays.sort(postings); // postings are in document order
        Bytes out = new Bytes().varint(classes.size());
        classes.keySet().forEach(c -> out.varint(c >>> 8).u8((int) (c & 0xFF)));
        out.varint(postings.length);
        int previous = 0;
        for (int p : postings) {
            out.varint(docs[p] - previous);
            previous = docs[p];
        }
        for (int p : postings) {
            out.varint(classes.get(scored ? classKey(freqs[p], norms[p]) : 0L));
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
