package org.bangtin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * A range of one field's terms as the static export writes them, each with its document frequency
 * and its encoded postings ({@link PostingsEntry}), read from the index and encoded on a worker
 * thread, and taken by the export's writer in term order, a batch at a time.
 *
 * <p>Lucene gives a field's terms one after the other, so the export cuts each field into ranges
 * by the terms' first letter ({@link #ranges}), which the workers read side by side (read field
 * by field, the word pairs alone kept one core busy, and the other idle, for a third of the
 * export). A range reads at most {@link #BATCHES_AHEAD} batches ahead of the writer, which bounds
 * the memory of encoded terms waiting to be written.
 */
final class FieldTerms {
    /** A term; {@code postings} is null when the term is left out of queries ({@link SearchField#leftOut}). */
    record EncodedTerm(String text, int docFreq, PostingsEntry postings) {
    }

    /** What every range of a field reads with: its statistics and each document's norm byte. */
    record Field(SearchField field, CollectionStatistics stats, byte[] norms, float[] normInverses) {
        static Field of(IndexReader index, SearchField field, CollectionStatistics stats) throws IOException {
            byte[] norms = new byte[index.maxDoc()];
            NumericDocValues values = field.scored() ? MultiDocValues.getNormValues(index, field.fieldName()) : null;
            if (values != null) {
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    norms[doc] = (byte) values.longValue();
                }
            }
            float[] normInverses = field.scored() ? ImpactPostings.normInverses(SearchIndexWriter.K1, SearchIndexWriter.B,
                    Bm25.averageLength(stats.sumTotalTermFreq(), stats.docCount())) : null;
            return new Field(field, stats, norms, normInverses);
        }
    }

    /** Terms per batch, unless their encoded postings pass {@link #BYTES_PER_BATCH} first. */
    private static final int TERMS_PER_BATCH = 4096;
    private static final int BYTES_PER_BATCH = 1 << 20;
    private static final int BATCHES_AHEAD = 4;
    /** What follows the last batch. */
    private static final Object END = new Object();

    /** What the worker ended with instead of the last batch. */
    private record Failed(Throwable cause) {
    }

    private final IndexReader index;
    private final Field field;
    /** The range: terms whose first byte is at least {@code from} and below {@code to}; the empty term is in the first. */
    private final int from;
    private final int to;
    private final BooleanSupplier stop;
    private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);

    /** @param stop asked between two batches: the build was cancelled, or the export failed */
    private FieldTerms(IndexReader index, Field field, int from, int to, BooleanSupplier stop) {
        this.index = index;
        this.field = field;
        this.from = from;
        this.to = to;
        this.stop = stop;
    }

    /**
     * The field's terms in ranges, in term order: digits, each letter a to z (the terms are
     * folded or lower case), and what comes before, between or after them (the first bytes of
     * marked letters come after z).
     */
    static List<FieldTerms> ranges(IndexReader index, Field field, BooleanSupplier stop) {
        List<Integer> bounds = new ArrayList<>(List.of(0, (int) '0', '9' + 1));
        for (int letter = 'a'; letter <= 'z' + 1; letter++) {
            bounds.add(letter);
        }
        bounds.add(256);
        List<FieldTerms> ranges = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            ranges.add(new FieldTerms(index, field, bounds.get(i), bounds.get(i + 1), stop));
        }
        return ranges;
    }

    SearchField field() {
        return field.field();
    }

    /** The field's statistics. */
    CollectionStatistics stats() {
        return field.stats();
    }

    /**
     * Reads and encodes the terms, handing the batches over; run by a worker thread. Ends with
     * the end mark or with what went wrong, unless interrupted (the export is stopping).
     */
    void read() {
        try {
            readTerms();
            batches.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            try {
                batches.put(new Failed(e));
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The next batch of terms, in term order, once the worker has read it; null after the last one.
     *
     * @throws CancellationException when the build was cancelled, or the waiting thread interrupted
     */
    @SuppressWarnings("unchecked")
    List<EncodedTerm> next() throws IOException {
        Object batch;
        try {
            batch = batches.take();
            if (batch == END || batch instanceof Failed) {
                batches.put(batch); // so that asking again gives the same answer
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
        if (batch == END) {
            return null;
        }
        if (batch instanceof Failed failed) {
            throw Tasks.rethrown(failed.cause());
        }
        return (List<EncodedTerm>) batch;
    }

    private void readTerms() throws IOException, InterruptedException {
        Terms terms = MultiTerms.getTerms(index, field.field().fieldName());
        if (terms == null) {
            return;
        }
        TermsEnum iterator = terms.iterator();
        BytesRef term = from == 0 ? iterator.next()
                : iterator.seekCeil(new BytesRef(new byte[] {(byte) from})) == TermsEnum.SeekStatus.END ? null
                : iterator.term();
        TermPostings postings = new TermPostings(field.field().scored());
        List<EncodedTerm> batch = new ArrayList<>();
        long batchBytes = 0;
        for (; term != null && (term.length == 0 || (term.bytes[term.offset] & 0xFF) < to); term = iterator.next()) {
            EncodedTerm encoded = encoded(term.utf8ToString(), postings.read(iterator), postings);
            batch.add(encoded);
            batchBytes += encoded.text().length() + (encoded.postings() == null ? 0 : encoded.postings().size());
            if (batch.size() == TERMS_PER_BATCH || batchBytes > BYTES_PER_BATCH) {
                hand(batch);
                batch = new ArrayList<>();
                batchBytes = 0;
            }
        }
        hand(batch);
    }

    /**
     * A term with its postings encoded, {@code docFreq} of them in {@code postings}. Kept out of
     * the loop over the terms, which the JIT compiles while it runs: compiled with it, this
     * method's field-dependent branches made C2 compile the whole loop again whenever a range of
     * another field came (eight to ten times at 100,000 notices, 5 to 9.5 s of compiling).
     */
    private EncodedTerm encoded(String text, int docFreq, TermPostings postings) throws IOException {
        SearchField searchField = field.field();
        int foldedDocFreq = searchField == SearchField.EXACT
                ? index.docFreq(new Term(SearchField.BODY.fieldName(), WordForms.folded(text))) : 0;
        PostingsEntry entry = SearchField.leftOut(searchField, docFreq, foldedDocFreq, index.numDocs()) ? null
                : PostingsEntry.encode(Arrays.copyOf(postings.docs, docFreq), Arrays.copyOf(postings.freqs, docFreq),
                        field.norms(), field.normInverses(), searchField, index.maxDoc());
        return new EncodedTerm(text, docFreq, entry);
    }

    /** The postings of the current term, read into arrays reused from term to term. */
    private static final class TermPostings {
        private final boolean scored;
        private int[] docs = new int[64];
        private int[] freqs = new int[64];
        private PostingsEnum postings;

        TermPostings(boolean scored) {
            this.scored = scored;
        }

        /** Reads the term's postings; gives how many there are. */
        int read(TermsEnum iterator) throws IOException {
            postings = iterator.postings(postings, scored ? PostingsEnum.FREQS : PostingsEnum.NONE);
            int count = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (count == docs.length) {
                    docs = ArrayUtil.grow(docs);
                    freqs = ArrayUtil.grow(freqs, docs.length);
                }
                docs[count] = doc;
                freqs[count++] = scored ? postings.freq() : 0;
            }
            return count;
        }
    }

    private void hand(List<EncodedTerm> batch) throws InterruptedException {
        if (stop.getAsBoolean()) {
            throw new CancellationException();
        }
        if (!batch.isEmpty()) {
            batches.put(batch);
        }
    }
}
