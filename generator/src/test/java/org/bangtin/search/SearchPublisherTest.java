package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.junit.jupiter.api.Test;

/**
 * A build writes each search file out as soon as it is made: the export's files, then Lucene's
 * one at a time, so that no copy of the whole index is held through the export.
 */
class SearchPublisherTest {
    @Test
    void theExportComesFirstThenEachOfLucenesFilesOnceAsTheIndexHoldsIt() throws IOException {
        List<SearchDocument> notices = SearchIndexWriterTest.notices(40);
        try (Directory index = SearchIndexWriter.write(notices, 2, () -> false);
                SearchIndex search = SearchIndex.over(index, notices)) {
            List<String> order = new ArrayList<>();
            Map<String, byte[]> published = new HashMap<>();
            search.publish((path, bytes) -> {
                order.add(path);
                assertTrue(published.put(path, bytes) == null, path + " given twice");
            }, () -> false);

            int firstLuceneFile = order.indexOf(order.stream()
                    .filter(p -> p.startsWith(SearchPublisher.INDEX_FOLDER)).findFirst().orElseThrow());
            assertTrue(firstLuceneFile > 0, "the export's files come first: " + order);
            assertTrue(order.subList(firstLuceneFile, order.size()).stream()
                    .allMatch(p -> p.startsWith(SearchPublisher.INDEX_FOLDER)), "then only Lucene's: " + order);
            assertTrue(order.containsAll(List.of("meta.bin", "postings.bin", "records.bin")), order.toString());

            Set<String> indexFiles = new TreeSet<>(List.of(index.listAll()));
            Set<String> publishedIndexFiles = new TreeSet<>();
            order.subList(firstLuceneFile, order.size())
                    .forEach(p -> publishedIndexFiles.add(p.substring(SearchPublisher.INDEX_FOLDER.length())));
            assertEquals(indexFiles, publishedIndexFiles);
            for (String name : indexFiles) {
                try (IndexInput input = index.openInput(name, IOContext.READONCE)) {
                    byte[] expected = new byte[(int) input.length()];
                    input.readBytes(expected, 0, expected.length);
                    assertArrayEquals(expected, published.get(SearchPublisher.INDEX_FOLDER + name), name);
                }
            }
            Map<String, byte[]> files = search.files();
            assertEquals(files.keySet(), published.keySet(), "files() gives what publish gives");
        }
    }
}
