package org.bangtin.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * The search stage's entry point: indexes the documents with Lucene and gives the files to
 * publish under {@code search/}: the Lucene index itself ({@code index/}, for Java hosts and the
 * preview server) and its static export for the browser.
 */
public final class SearchPublisher {
    /** The Lucene index's folder, under {@code search/}. */
    public static final String INDEX_FOLDER = "index/";

    private SearchPublisher() {
    }

    /** The files by their path under {@code search/}; documents newest first. */
    public static Map<String, byte[]> publish(List<SearchDocument> documents) throws IOException {
        try (Directory index = SearchIndexWriter.write(documents)) {
            return files(index, documents, () -> false);
        }
    }

    /**
     * The files to publish from an index of {@code documents}, by their path under {@code search/},
     * unless {@code cancelled} says to stop (then throws {@link java.util.concurrent.CancellationException}).
     */
    static Map<String, byte[]> files(Directory index, List<SearchDocument> documents,
            java.util.function.BooleanSupplier cancelled) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : index.listAll()) {
            // The preview's live index is open for writing; its lock is not part of the index.
            if (!name.equals(org.apache.lucene.index.IndexWriter.WRITE_LOCK_NAME)) {
                files.put(INDEX_FOLDER + name, read(index, name));
            }
        }
        files.putAll(StaticExport.export(index, documents, cancelled));
        return files;
    }

    private static byte[] read(Directory index, String name) throws IOException {
        try (IndexInput input = index.openInput(name, IOContext.READONCE)) {
            byte[] bytes = new byte[(int) input.length()];
            input.readBytes(bytes, 0, bytes.length);
            return bytes;
        }
    }
}
