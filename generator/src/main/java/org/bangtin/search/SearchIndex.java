package org.bangtin.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.store.Directory;

/**
 * The Lucene index of a site's notices, built once in memory, and what the build takes from it:
 * the files to publish under {@code search/} and the related notices of every notice. Close it
 * when done. Its methods may be called in any order, each once or more.
 */
public final class SearchIndex implements AutoCloseable {
    private final Directory directory;
    private final List<SearchDocument> documents;
    private final boolean ownsDirectory;

    private SearchIndex(Directory directory, List<SearchDocument> documents, boolean ownsDirectory) {
        this.directory = directory;
        this.documents = documents;
        this.ownsDirectory = ownsDirectory;
    }

    /** An index someone else keeps (a {@link LiveSearchIndex}): closing this leaves it open. */
    static SearchIndex over(Directory directory, List<SearchDocument> documents) {
        return new SearchIndex(directory, documents, false);
    }

    /** Indexes {@code documents}, newest first: document number i is {@code documents.get(i)}. */
    public static SearchIndex of(List<SearchDocument> documents) throws IOException {
        return of(documents, () -> false);
    }

    /**
     * Indexes {@code documents}, newest first, unless {@code cancelled} says to stop.
     *
     * @throws java.util.concurrent.CancellationException when it did
     */
    public static SearchIndex of(List<SearchDocument> documents, java.util.function.BooleanSupplier cancelled)
            throws IOException {
        List<SearchDocument> copy = List.copyOf(documents);
        return new SearchIndex(SearchIndexWriter.write(copy, cancelled), copy, true);
    }

    /** The files to publish, by their path under {@code search/} (see {@link SearchPublisher}). */
    public Map<String, byte[]> files() throws IOException {
        return files(() -> false);
    }

    /**
     * The files to publish, unless {@code cancelled} says to stop.
     *
     * @throws java.util.concurrent.CancellationException when it did
     */
    public Map<String, byte[]> files(java.util.function.BooleanSupplier cancelled) throws IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        publish(files::put, cancelled);
        return files;
    }

    /**
     * Gives {@code sink} each file to publish, by its path under {@code search/}, as soon as it is
     * made, unless {@code cancelled} says to stop: a build writes them out at once rather than
     * holding them all (see {@link SearchPublisher}).
     *
     * @throws java.util.concurrent.CancellationException when it did
     */
    public void publish(java.util.function.BiConsumer<String, byte[]> sink, java.util.function.BooleanSupplier cancelled)
            throws IOException {
        SearchPublisher.publish(directory, documents, sink, cancelled);
    }

    /**
     * The related notices of every document (see {@link RelatedNotices}).
     *
     * @param count  how many per document
     * @param pinned each document's pinned related documents, by document number
     */
    public RelatedLists related(int count, Map<Integer, List<Integer>> pinned) throws IOException {
        return related(count, pinned, () -> false);
    }

    /**
     * The related notices of every document, unless {@code cancelled} says to stop.
     *
     * @throws java.util.concurrent.CancellationException when it did
     */
    public RelatedLists related(int count, Map<Integer, List<Integer>> pinned, java.util.function.BooleanSupplier cancelled)
            throws IOException {
        return RelatedNotices.compute(directory, documents, count, pinned, cancelled);
    }

    @Override
    public void close() throws IOException {
        if (ownsDirectory) {
            directory.close();
        }
    }
}
