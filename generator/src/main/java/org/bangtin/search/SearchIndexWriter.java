package org.bangtin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Builds the Lucene index of a site's notices, in memory, as one segment whose document numbers
 * follow the order given (so the static export and Lucene agree on every document number). Each
 * document carries its URL as an id and its place as the {@code order} the index is sorted by,
 * so that {@link LiveSearchIndex} can update it in place and merge it back into the same order.
 */
public final class SearchIndexWriter {
    /** Lucene's BM25 defaults, named here because the browser script must use the same. */
    static final float K1 = 1.2f;
    static final float B = 0.75f;

    /** How many documents are indexed between two looks at whether to stop. */
    private static final int CANCEL_CHECK_EVERY = 200;
    /** The field of a document's id (its URL), and the doc value of its key, which the index is sorted by. */
    static final String ID = "id";
    static final String ORDER = "order";

    private static final FieldType SCORED = fieldType(IndexOptions.DOCS_AND_FREQS, false);
    private static final FieldType UNSCORED = fieldType(IndexOptions.DOCS, true);

    private SearchIndexWriter() {
    }

    static BM25Similarity similarity() {
        return new BM25Similarity(K1, B);
    }

    /** The index of {@code documents}; document number i is {@code documents.get(i)}. */
    public static Directory write(List<SearchDocument> documents) throws IOException {
        return write(documents, () -> false);
    }

    /**
     * The index of {@code documents}, unless {@code cancelled} says to stop.
     *
     * @throws CancellationException when it did
     */
    static Directory write(List<SearchDocument> documents, BooleanSupplier cancelled)
            throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, config())) {
            long[] keys = OrderKeys.spaced(documents.size());
            // On all cores: the writer takes documents from several threads, and the index sort
            // puts them back in order when the segments are merged into one.
            // One TextWords per thread at a time, taken from here and given back, and dropped with
            // the index writer (a ThreadLocal would stay in the pool's threads, caches and all).
            Queue<TextWords> idle = new ConcurrentLinkedQueue<>();
            try {
                IntStream.range(0, documents.size()).parallel().forEach(i -> {
                    if (i % CANCEL_CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                        throw new CancellationException(); // the index in memory is dropped
                    }
                    TextWords words = Objects.requireNonNullElseGet(idle.poll(), TextWords::new);
                    try {
                        writer.addDocument(toLucene(documents.get(i), keys[i], words));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        idle.add(words);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            flushOnAllCores(writer);
            writer.forceMerge(1);
        }
        return directory;
    }

    /**
     * Writes the documents still in memory out as segments, each thread's on a core of its own:
     * forceMerge would flush them one after another (about 17 s of one core at 100,000 notices).
     */
    private static void flushOnAllCores(IndexWriter writer) throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            IntStream.range(0, cores).parallel().forEach(core -> {
                try {
                    while (writer.flushNextBuffer()) {
                        // each call checks out another thread's buffer and writes it
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The settings of every writer of the index, the one of a whole build and the live one alike. */
    static IndexWriterConfig config() {
        return new IndexWriterConfig(new VietnameseAnalyzer())
                .setSimilarity(similarity())
                .setMergePolicy(new LogDocMergePolicy())
                .setIndexSort(new Sort(new SortField(ORDER, SortField.Type.LONG)))
                .setRAMBufferSizeMB(256)
                .setUseCompoundFile(false);
    }

    /** The term that names a document, for updates in place. */
    static Term id(SearchDocument document) {
        return new Term(ID, document.url());
    }

    /**
     * A document of the index, with the key that sorts it into its place (see {@link OrderKeys}).
     * Its texts are read once, by {@code words}; the fields get the tokens the analyzer would give.
     */
    static Document toLucene(SearchDocument d, long order, TextWords words) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.url(), Field.Store.NO));
        doc.add(new NumericDocValuesField(ORDER, order));
        TextWords.Words title = words.of(d.title());
        TextWords.Words prose = TextWords.Words.joined(title, words.of(d.summary() == null ? "" : d.summary()),
                words.of(d.text()));
        String details = String.join("\n", nonNull(d.number(), d.type(), d.issuer(), d.category()))
                + "\n" + String.join("\n", d.tags());
        TextWords.Words everything = TextWords.Words.joined(prose, words.of(details));
        doc.add(new Field(SearchField.TITLE.fieldName(), WordStreams.words(title.folded()), SCORED));
        doc.add(new Field(SearchField.BODY.fieldName(), WordStreams.words(everything.folded()), SCORED));
        doc.add(new Field(SearchField.EXACT.fieldName(), WordStreams.words(prose.marked()), SCORED));
        doc.add(new Field(SearchField.BIGRAM.fieldName(), WordStreams.pairs(prose.folded()), SCORED));
        if (!d.attachmentText().isEmpty()) {
            doc.add(new Field(SearchField.ATTACHMENT.fieldName(), d.attachmentText(), SCORED));
        }
        for (String facet : Facets.of(d)) {
            doc.add(new Field(SearchField.FACET.fieldName(), facet, UNSCORED));
        }
        doc.add(new StoredField("url", d.url()));
        doc.add(new StoredField("title", d.title()));
        doc.add(new StoredField("date", d.date()));
        return doc;
    }

    private static List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    private static FieldType fieldType(IndexOptions options, boolean omitNorms) {
        FieldType type = new FieldType();
        type.setIndexOptions(options);
        type.setTokenized(true);
        type.setOmitNorms(omitNorms);
        type.setStored(false);
        type.freeze();
        return type;
    }
}
