package org.bangtin.search;

/**
 * The two statistics of Lucene 9.12's {@code BM25Similarity} that the export writes out, computed
 * by the same expressions (see BM25Similarity#idf and #avgFieldLength).
 */
final class Bm25 {
    private Bm25() {
    }

    static float idf(long docFreq, long docCount) {
        return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
    }

    static float averageLength(long sumTotalTermFreq, long docCount) {
        return (float) (sumTotalTermFreq / (double) docCount);
    }
}
