package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ImpactPostingsTest {
    private static final float[] NORM_INVERSES = ImpactPostings.normInverses(1.2f, 0.75f, 40f);

    /** A posting read back from a block: document, frequency, norm byte. */
    private record Posting(int doc, int freq, int norm) {
        float impact() {
            return freq * NORM_INVERSES[norm];
        }
    }

    @Test
    void blocksHoldThePostingsBestFirstAndEachStartsWithItsBest() {
        Random random = new Random(7);
        int count = 1000;
        int[] docs = new int[count];
        int[] freqs = new int[count];
        byte[] norms = new byte[5000];
        for (int i = 0; i < count; i++) {
            docs[i] = i * 5 + random.nextInt(5);
            freqs[i] = 1 + random.nextInt(4);
            norms[docs[i]] = (byte) (40 + random.nextInt(20));
        }
        List<ImpactPostings.Block> blocks = ImpactPostings.blocks(docs, freqs, norms, NORM_INVERSES, 100);

        List<Integer> sizes = new ArrayList<>();
        List<Posting> all = new ArrayList<>();
        float previousWorst = Float.MAX_VALUE;
        for (ImpactPostings.Block block : blocks) {
            List<Posting> postings = read(block.bytes());
            sizes.add(postings.size());
            assertEquals(new Posting(0, block.freq(), block.norm()).impact(), postings.get(0).impact(),
                    "a block's first class is its best");
            assertTrue(postings.get(0).impact() <= previousWorst, "no posting is better than one of the block before");
            for (Posting p : postings) {
                assertEquals(freqs[java.util.Arrays.binarySearch(docs, p.doc())], p.freq());
                assertEquals(norms[p.doc()], (byte) p.norm());
            }
            all.addAll(postings);
            previousWorst = postings.get(postings.size() - 1).impact();
        }
        assertEquals(count, all.stream().map(Posting::doc).distinct().count(), "every posting once");
        int growing = 100;
        for (int i = 0; i < sizes.size() - 1; i++) {
            assertEquals(growing, sizes.get(i));
            growing = growing * ImpactPostings.GROWTH / 100;
        }
    }

    @Test
    void classesOfEqualScoreComeByFrequencyThenNormAndKeepTheirDocumentsInOrder() {
        // Norm 1 weighs twice norm 2: frequency 1 at norm 1 scores as frequency 2 at norm 2.
        float[] inverses = new float[256];
        inverses[1] = 1f;
        inverses[2] = 0.5f;
        inverses[3] = 0.25f;
        int[] docs = {1, 2, 4, 6, 7, 9};
        int[] freqs = {2, 1, 1, 3, 2, 1};
        byte[] norms = new byte[10];
        norms[1] = 2;
        norms[2] = 1;
        norms[4] = 3;
        norms[6] = 1;
        norms[7] = 2;
        norms[9] = 1;
        List<ImpactPostings.Block> blocks = ImpactPostings.blocks(docs, freqs, norms, inverses, 2);

        // Impact order: (3,1) 3.0; then (1,1) and (2,2) at 1.0, frequency 1 first; then (1,3) 0.25.
        // Blocks of 2, then 3: [6 (3,1), 2 (1,1)], [9 (1,1), 1 (2,2), 7 (2,2)], [4 (1,3)].
        assertEquals(3, blocks.size());
        assertEquals(List.of(2, 3, 1, 1, 1, 2, 2, 4, 1, 0), varintsAndBytes(blocks.get(0).bytes()),
                "classes (3,1) and (1,1); 2 documents: 2 and 6 as gaps; their classes");
        assertEquals(List.of(2, 1, 1, 2, 2, 3, 1, 6, 2, 1, 1, 0), varintsAndBytes(blocks.get(1).bytes()),
                "classes (1,1) and (2,2); 3 documents: 1, 7 and 9 as gaps; their classes");
        assertEquals(List.of(1, 1, 3, 1, 4, 0), varintsAndBytes(blocks.get(2).bytes()));
        assertEquals(3, blocks.get(0).freq());
        assertEquals(1, blocks.get(1).freq());
        assertEquals(3, blocks.get(2).norm(), "the last block's best is its only class, at norm 3");
    }

    @Test
    void aFieldWithoutScoresHasOneClassOfEveryDocument() {
        List<ImpactPostings.Block> blocks = ImpactPostings.blocks(new int[] {3, 9, 12}, new int[3], new byte[13], null, 10);
        assertEquals(1, blocks.size());
        assertEquals(List.of(new Posting(3, 0, 0), new Posting(9, 0, 0), new Posting(12, 0, 0)), read(blocks.get(0).bytes()));
    }

    @Test
    void theDocumentsOfAWordInMostDocumentsAreThoseWithoutIt() {
        Bytes few = new Bytes();
        assertFalse(ImpactPostings.documents(new int[] {2, 5}, 10, few));
        assertEquals(List.of(2, 3), varints(few.toByteArray()));
        Bytes most = new Bytes();
        assertTrue(ImpactPostings.documents(new int[] {0, 1, 2, 4, 5, 6, 7, 9}, 10, most));
        assertEquals(List.of(3, 5), varints(most.toByteArray()), "3 and 8, as gaps");
    }

    /** Reads a block as the browser does: classes, documents as gaps, the class of each document. */
    private static List<Posting> read(byte[] block) {
        List<Integer> values = varintsAndBytes(block);
        int at = 0;
        int classCount = values.get(at++);
        int[][] classes = new int[classCount][];
        for (int i = 0; i < classCount; i++) {
            classes[i] = new int[] {values.get(at++), values.get(at++)};
        }
        int count = values.get(at++);
        int[] docs = new int[count];
        int doc = 0;
        for (int i = 0; i < count; i++) {
            docs[i] = doc += values.get(at++);
        }
        List<Posting> postings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int[] c = classes[values.get(at++)];
            postings.add(new Posting(docs[i], c[0], c[1]));
        }
        postings.sort((x, y) -> Float.compare(y.impact(), x.impact()));
        return postings;
    }

    /** The class headers have a varint and a byte; everything else is varints. */
    private static List<Integer> varintsAndBytes(byte[] bytes) {
        List<Integer> values = new ArrayList<>();
        int[] pos = {0};
        int classCount = varint(bytes, pos);
        values.add(classCount);
        for (int i = 0; i < classCount; i++) {
            values.add(varint(bytes, pos));
            values.add(bytes[pos[0]++] & 0xFF);
        }
        while (pos[0] < bytes.length) {
            values.add(varint(bytes, pos));
        }
        return values;
    }

    private static List<Integer> varints(byte[] bytes) {
        List<Integer> values = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < bytes.length) {
            values.add(varint(bytes, pos));
        }
        return values;
    }

    private static int varint(byte[] bytes, int[] pos) {
        int value = 0;
        for (int shift = 0;; shift += 7) {
            int b = bytes[pos[0]++] & 0xFF;
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}
