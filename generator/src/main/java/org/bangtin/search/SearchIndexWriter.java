package org.bangtin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CancellationException;
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
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;

/**
 * Builds the Lucene index of a site's notices, in memory, as one segment per core whose document
 * numbers follow the order given (so the static export and Lucene agree on every document
 * number). Each document carries its URL as an id and its place as the {@code order} the index is
 * sorted by, so that {@link LiveSearchIndex} can update it in place and merge it back into the
 * same order.
 */
public final class SearchIndexWriter {
    /** Lucene's BM25 defaults, named here because the browser script must use the same. */
    static final float K1 = 1.2f;
    static final float B = 0.75f;

    /** The memory for documents not yet written out, shared by the writers of one build. */
    private static final double RAM_BUFFER_MB = 256;
    /** The fewest documents worth a writer and a core of their own. */
    private static final int MIN_PART = 500;
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
        return write(documents, partsFor(documents), cancelled);
    }

    /** How many parts to index {@code documents} in: one per core, none smaller than {@link #MIN_PART}. */
    private static int partsFor(List<SearchDocument> documents) {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), documents.size() / MIN_PART));
    }

    /**
     * The index of {@code documents} as {@code parts} segments, each a run of consecutive
     * documents indexed on a core of its own, unless {@code cancelled} says to stop.
     *
     * @throws CancellationException when it did
     */
    static Directory write(List<SearchDocument> documents, int parts, BooleanSupplier cancelled) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        // The parts' segments make the index as they are, in order: merging them into one took a
        // second on one core at 10,000 notices, and whatever reads the index reads all its
        // segments as one (MultiTerms, MultiDocValues).
        try (IndexWriter writer = new IndexWriter(directory, config().setMergePolicy(NoMergePolicy.INSTANCE))) {
            addInParts(writer, documents, OrderKeys.spaced(documents.size()), parts, cancelled);
        }
        return directory;
    }

    /**
     * Adds {@code documents}, with their {@code keys}, to {@code writer} as one segment per core
     * (each in order: the live index of a preview merges them into one).
     */
    static void addInParts(IndexWriter writer, List<SearchDocument> documents, long[] keys) throws IOException {
        addInParts(writer, documents, keys, partsFor(documents), () -> false);
    }

    private static void addInParts(IndexWriter writer, List<SearchDocument> documents, long[] keys, int parts,
            BooleanSupplier cancelled) throws IOException {
        // On all cores: each core indexes a run of consecutive documents with a writer of its own,
        // so each part comes out in order and Lucene need not sort it when it writes it (it did,
        // when the writers' threads shared one writer: half the flush's time), and each part is
        // written out on its core, as one segment, which the writer then takes as it is.
        Directory[] indexes = new Directory[parts];
        try {
            IntStream.range(0, parts).parallel().forEach(part -> {
                int from = (int) ((long) documents.size() * part / parts);
                int to = (int) ((long) documents.size() * (part + 1) / parts);
                indexes[part] = writePart(documents.subList(from, to), keys, from, parts, cancelled);
            });
            writer.addIndexes(indexes);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            IOUtils.close(indexes); // skips the parts a failure left unmade
        }
    }

    /**
     * The index of one run of documents, the first of which is document number {@code first},
     * written on the calling thread; its share of the memory for buffered documents is that of
     * one of {@code parts}.
     */
    private static Directory writePart(List<SearchDocument> documents, long[] keys, int first, int parts,
            BooleanSupplier cancelled) {
        Directory directory = new ByteBuffersDirectory();
        TextWords words = new TextWords();
        try (IndexWriter writer = new IndexWriter(directory, config().setRAMBufferSizeMB(RAM_BUFFER_MB / parts))) {
            for (int i = 0; i < documents.size(); i++) {
                if (i % CANCEL_CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                    throw new CancellationException(); // the index in memory is dropped
                }
                writer.addDocument(toLucene(documents.get(i), keys[first + i], words));
            }
            writer.forceMerge(1); // the part's flushes, if its buffer filled, merged on its core
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory;
    }

    /** The settings of every writer of the index, the one of a whole build and the live one alike. */
    static IndexWriterConfig config() {
        return new IndexWriterConfig(new VietnameseAnalyzer())
                .setSimilarity(similarity())
                .setMergePolicy(new LogDocMergePolicy())
                .setIndexSort(new Sort(new SortField(ORDER, SortField.Type.LONG)))
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setUseCompoundFile(false);
    }

    /** The term that names a document, for updates in place. */
    static Term id(SearchDocument document) {
        return new Term(ID, document.url());
    }

    /**
     * A document of the index, with the key that sorts it into its place (see {@link OrderKeys}).
     * Its texts are read once, by {@code words}; the fields get the terms the analyzer would give,
     * each distinct one once with its frequency.
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
        WordStreams streams = words.streams();
        WordStreams.ProseStreams proseStreams = streams.prose(prose.forms(), words.of(details).forms());
        doc.add(new Field(SearchField.TITLE.fieldName(), streams.words(title.forms(), false), SCORED));
        doc.add(new Field(SearchField.BODY.fieldName(), proseStreams.foldedWithMore(), SCORED));
        doc.add(new Field(SearchField.EXACT.fieldName(), proseStreams.marked(), SCORED));
        doc.add(new Field(SearchField.BIGRAM.fieldName(), streams.pairs(prose.forms()), SCORED));
        if (!d.attachmentText().isEmpty()) {
            doc.add(new Field(SearchField.ATTACHMENT.fieldName(), d.attachmentText(), SCORED));
        }
        if (d.number() != null && !d.number().isBlank()) {
            doc.add(new Field(SearchField.NUMBER.fieldName(), streams.words(words.of(d.number()).forms(), false), SCORED));
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
