package org.bangtin.search;

import java.io.IOException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Publishes what the browser and Java hosts search: from an index, its static export for the
 * browser, and the Lucene index itself ({@code index/}, for Java hosts and the preview server).
 */
public final class SearchPublisher {
    /** The Lucene index's folder, under {@code search/}. */
    public static final String INDEX_FOLDER = "index/";

    private SearchPublisher() {
    }

    /**
     * Gives {@code sink} the files to publish from an index of {@code documents}, each by its path
     * under {@code search/}: the export's files once it is made, then Lucene's files one at a time,
     * unless {@code cancelled} says to stop (then throws
     * {@link java.util.concurrent.CancellationException}). A copy of the whole index held through
     * the export was 140 MB of a full heap at 100,000 notices; now each file is written and dropped.
     */
    static void publish(Directory index, List<SearchDocument> documents, BiConsumer<String, byte[]> sink,
            BooleanSupplier cancelled) throws IOException {
        StaticExport.export(index, documents, cancelled).forEach(sink);
        for (String name : index.listAll()) {
            // The preview's live index is open for writing; its lock is not part of the index.
            if (!name.equals(IndexWriter.WRITE_LOCK_NAME)) {
                sink.accept(INDEX_FOLDER + name, read(index, name));
            }
        }
    }

    private static byte[] read(Directory index, String name) throws IOException {
        try (IndexInput input = index.openInput(name, IOContext.READONCE)) {
            byte[] bytes = new byte[(int) input.length()];
            input.readBytes(bytes, 0, bytes.length);
            return bytes;
        }
    }
}
