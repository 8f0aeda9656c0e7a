package org.bangtin.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The preview server's Lucene index, kept open between rebuilds and updated in place: a rebuild
 * adds the new notices, replaces the changed ones and deletes the removed ones by id (their URL),
 * and merges the index back into one segment, sorted into the notices' order by keys that leave
 * room between neighbours (see {@link OrderKeys}), with no deleted documents left. So its terms, postings, norms and statistics, and everything
 * read from it, are those of an index built from scratch, while only changed notices are
 * analysed again. Not thread-safe: one rebuild at a time.
 */
public final class LiveSearchIndex implements AutoCloseable {
    /** How often a merge looks whether to stop. */
    private static final long CANCEL_CHECK_MILLIS = 20;
    private final Directory directory = new ByteBuffersDirectory();
    private IndexWriter writer;
    /** The documents in the index by URL, their keys (which sort them into their places), and their order. */
    private final Map<String, SearchDocument> indexed = new HashMap<>();
    private final Map<String, Long> keys = new HashMap<>();
    private final List<SearchDocument> order = new java.util.ArrayList<>();
    /** Reads the texts of the documents analysed again; one rebuild at a time uses it. */
    private final TextWords words = new TextWords();

    private LiveSearchIndex() throws IOException {
        this.writer = new IndexWriter(directory, SearchIndexWriter.config());
    }

    /** The index of {@code documents} (newest first, each URL once). */
    public static LiveSearchIndex of(List<SearchDocument> documents) throws IOException {
        LiveSearchIndex index = new LiveSearchIndex();
        index.reindex(documents);
        return index;
    }

    /**
     * Brings the index to {@code documents}, newest first; document number i is then
     * {@code documents.get(i)}. Returns how many documents were analysed again.
     */
    public int update(List<SearchDocument> documents) throws IOException {
        return update(documents, () -> false);
    }

    /**
     * {@link #update(List)}, unless {@code cancelled} says to stop while the index is merged back
     * into one segment (most of an update's time: 0.6 to 1.4 s at 10,000 notices, during which
     * the preview's next edit would otherwise wait). A stopped update leaves the index as the
     * last one left it.
     *
     * @throws CancellationException when it stopped
     */
    public int update(List<SearchDocument> documents, BooleanSupplier cancelled) throws IOException {
        long[] keys = OrderKeys.assign(keys(documents));
        if (keys == null) {
            return reindex(documents);
        }
        int analysed = 0;
        Set<String> now = new HashSet<>();
        for (int place = 0; place < documents.size(); place++) {
            SearchDocument document = documents.get(place);
            now.add(document.url());
            Long key = this.keys.get(document.url());
            if (!document.equals(indexed.get(document.url())) || key == null || key != keys[place]) {
                writer.updateDocument(SearchIndexWriter.id(document), SearchIndexWriter.toLucene(document, keys[place], words));
                analysed++;
            }
        }
        for (String gone : indexed.keySet()) {
            if (!now.contains(gone)) {
                writer.deleteDocuments(new org.apache.lucene.index.Term(SearchIndexWriter.ID, gone));
            }
        }
        // One segment, sorted by key into the new order, without replaced and deleted documents.
        mergeUnlessCancelled(cancelled);
        writer.commit();
        remember(documents, keys);
        return inOrder(keys) ? analysed : reindex(documents);
    }

    /**
     * Merges the index into one segment; when {@code cancelled} is true already or becomes true
     * meanwhile (a watch looks every {@link #CANCEL_CHECK_MILLIS} ms), rolls the writer back to the
     * last commit, which aborts the merge, opens a new one on it and throws
     * {@link CancellationException}.
     */
    private void mergeUnlessCancelled(BooleanSupplier cancelled) throws IOException {
        IndexWriter merging = writer;
        AtomicBoolean rolledBack = new AtomicBoolean();
        Exception failure = null;
        if (cancelled.getAsBoolean()) {
            // Asked before the merge began: no merge to start, nor a race between it and the watch.
            rolledBack.set(true);
            rollBack(merging);
        } else {
            failure = mergeWatched(merging, cancelled, rolledBack);
        }
        if (rolledBack.get()) {
            writer = new IndexWriter(directory, SearchIndexWriter.config());
            throw new CancellationException();
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
    }

    /** Merges into one segment while a watch rolls the writer back if {@code cancelled} becomes true; returns the merge's failure. */
    private static Exception mergeWatched(IndexWriter merging, BooleanSupplier cancelled, AtomicBoolean rolledBack) {
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "bangtin-merge-watch");
            thread.setDaemon(true);
            return thread;
        });
        watch.scheduleWithFixedDelay(() -> {
            if (cancelled.getAsBoolean() && rolledBack.compareAndSet(false, true)) {
                rollBack(merging);
            }
        }, 0, CANCEL_CHECK_MILLIS, TimeUnit.MILLISECONDS);
        try {
            merging.forceMerge(1);
            return null;
        } catch (IOException | RuntimeException e) {
            return e; // a rollback's, or the merge's own: told apart once the watch has stopped
        } finally {
            // No rollback after this: the commit that follows must not meet one.
            watch.shutdownNow();
            try {
                watch.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void rollBack(IndexWriter writer) {
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            // The writer is closed either way; a new one reads the last commit.
        }
    }

    /** Each document's key in the index, or null for those it does not have unchanged. */
    private Long[] keys(List<SearchDocument> documents) {
        Long[] old = new Long[documents.size()];
        for (int place = 0; place < documents.size(); place++) {
            SearchDocument document = documents.get(place);
            old[place] = document.equals(indexed.get(document.url())) ? keys.get(document.url()) : null;
        }
        return old;
    }

    /**
     * Indexes every document anew, with evenly spaced keys, on all cores: one after the other, the
     * preview's first build of 100,000 notices spent 38 s here, against 19 s for a build's index.
     */
    private int reindex(List<SearchDocument> documents) throws IOException {
        long[] keys = OrderKeys.spaced(documents.size());
        writer.deleteAll();
        SearchIndexWriter.addInParts(writer, documents, keys);
        writer.forceMerge(1);
        writer.commit();
        remember(documents, keys);
        if (!inOrder(keys)) {
            throw new IllegalStateException("the search index is not in the order of its documents");
        }
        return documents.size();
    }

    private void remember(List<SearchDocument> documents, long[] assigned) {
        indexed.clear();
        keys.clear();
        order.clear();
        for (int place = 0; place < documents.size(); place++) {
            indexed.put(documents.get(place).url(), documents.get(place));
            keys.put(documents.get(place).url(), assigned[place]);
            order.add(documents.get(place));
        }
    }

    /** Whether the index is one segment of the documents, each at its place (by its key). */
    private boolean inOrder(long[] keys) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            if (keys.length == 0) {
                return reader.maxDoc() == 0;
            }
            if (reader.leaves().size() != 1 || reader.maxDoc() != keys.length || reader.numDocs() != keys.length) {
                return false;
            }
            NumericDocValues order = reader.leaves().get(0).reader().getNumericDocValues(SearchIndexWriter.ORDER);
            for (int doc = 0; doc < keys.length; doc++) {
                if (order == null || !order.advanceExact(doc) || order.longValue() != keys[doc]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The index as it is now, for one build's files and related lists; closing it leaves this open. */
    public SearchIndex current() {
        return SearchIndex.over(directory, List.copyOf(order));
    }

    @Override
    public void close() throws IOException {
        writer.close();
        directory.close();
    }
}
