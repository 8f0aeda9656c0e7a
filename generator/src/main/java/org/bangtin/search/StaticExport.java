package org.bangtin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * Writes the search index for static hosting, read back from the Lucene index (terms, postings,
 * norm bytes, statistics), never recomputed, so the browser scores with Lucene's own numbers.
 *
 * <p>Files, all under {@code search/}:
 * <ul>
 * <li>{@code meta.json}: BM25 parameters, field statistics and boosts, the list of shards;</li>
 * <li>{@code t/<key>.bin} (title, text and facet words), {@code e/<key>.bin} (words with their
 *     marks) and {@code b/<key>.bin} (word pairs): the terms whose folded form starts with
 *     {@code key} (two characters), with document frequency, idf and their postings (document,
 *     frequency, norm byte), or the number of a {@code p/<n>.bin} file for long postings, or, for a
 *     term left out of queries ({@link SearchField#leftOut}), none; kept
 *     apart so that a query typed without marks, or of one word, loads no marked words or pairs;</li>
 * <li>{@code r/<n>.bin}: display records of documents n*16 to n*16+15;</li>
 * <li>{@code a/<n>.bin}: the text of document n's attached PDFs, its first
 *     {@value #ATTACHMENT_TEXT_LENGTH} characters, for the excerpt of a result found there; only
 *     fetched for such results.</li>
 * </ul>
 * Binary files are gzip-compressed by the build (the browser inflates them itself), so their size
 * does not depend on the web server's settings.
 */
public final class StaticExport {
    /** Postings longer than this (bytes) get a file of their own, so a shard stays small. */
    static final int INLINE_POSTINGS_LIMIT = 1024;
    /** Documents per display-record file. */
    public static final int RECORDS_PER_FILE = 8;
    /** Characters of text kept per document for result excerpts. */
    static final int SNIPPET_LENGTH = 200;
    /** Characters of a document's attachment text kept for excerpts (about ten pages, 8 KB gzipped). */
    static final int ATTACHMENT_TEXT_LENGTH = 30_000;

    private StaticExport() {
    }

    /** The export's files by their path under {@code search/}. */
    public static Map<String, byte[]> export(Directory directory, List<SearchDocument> documents) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            if (reader.leaves().size() > 1) {
                throw new IllegalStateException("the search index must be one segment, has " + reader.leaves().size());
            }
            LeafReader leaf = reader.leaves().isEmpty() ? null : reader.leaves().get(0).reader();
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<String, Bytes> shards = new TreeMap<>();
            int[] postingFiles = {0};
            StringBuilder fieldsJson = new StringBuilder();
            for (SearchField field : SearchField.values()) {
                CollectionStatistics stats = leaf == null ? null : searcher.collectionStatistics(field.fieldName());
                if (fieldsJson.length() > 0) {
                    fieldsJson.append(',');
                }
                fieldsJson.append(fieldJson(field, stats));
                if (leaf != null) {
                    exportField(leaf, field, stats, shards, files, postingFiles);
                }
            }
            shards.forEach((file, shard) -> files.put(file, Bytes.gzip(shard.toByteArray())));
            files.put("meta.json", meta(documents, fieldsJson, shards.keySet()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        writeRecords(documents, files);
        writeAttachmentTexts(documents, files);
        return files;
    }

    private static void exportField(LeafReader leaf, SearchField field, CollectionStatistics stats,
            Map<String, Bytes> shards, Map<String, byte[]> files, int[] postingFiles) throws IOException {
        Terms terms = leaf.terms(field.fieldName());
        if (terms == null) {
            return;
        }
        byte[] norms = norms(leaf, field);
        TermsEnum iterator = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
            String text = term.utf8ToString();
            postings = iterator.postings(postings, field.scored() ? PostingsEnum.FREQS : PostingsEnum.NONE);
            Bytes encoded = new Bytes();
            int previous = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                encoded.varint(doc - previous);
                previous = doc;
                if (field.scored()) {
                    encoded.varint(postings.freq()).u8(norms[doc]);
                }
            }
            int docFreq = iterator.docFreq();
            Bytes shard = shards.computeIfAbsent(ShardKeys.file(field, text), k -> new Bytes());
            shard.u8(field.ordinal()).string(text).varint(docFreq)
                    .f32(field.scored() ? Bm25.idf(docFreq, stats.docCount()) : 0f);
            byte[] postingBytes = encoded.toByteArray();
            int foldedDocFreq = field == SearchField.EXACT
                    ? leaf.docFreq(new org.apache.lucene.index.Term(SearchField.BODY.fieldName(), WordForms.folded(text))) : 0;
            if (SearchField.leftOut(field, docFreq, foldedDocFreq, leaf.numDocs())) {
                shard.u8(2); // left out of queries (see SearchField.leftOut): known, but no postings
            } else if (postingBytes.length <= INLINE_POSTINGS_LIMIT) {
                shard.u8(0).varint(postingBytes.length).bytes(postingBytes);
            } else {
                int number = postingFiles[0]++;
                files.put("p/" + number + ".bin", Bytes.gzip(postingBytes));
                shard.u8(1).varint(number);
            }
        }
    }

    /** Each document's norm byte in {@code field}, as Lucene stored it. */
    private static byte[] norms(LeafReader leaf, SearchField field) throws IOException {
        byte[] norms = new byte[leaf.maxDoc()];
        NumericDocValues values = field.scored() ? leaf.getNormValues(field.fieldName()) : null;
        if (values != null) {
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                norms[doc] = (byte) values.longValue();
            }
        }
        return norms;
    }

    private static String fieldJson(SearchField field, CollectionStatistics stats) {
        long docCount = stats == null ? 0 : stats.docCount();
        long sumTotalTermFreq = stats == null ? 0 : stats.sumTotalTermFreq();
        float avgdl = docCount == 0 ? 1f : Bm25.averageLength(sumTotalTermFreq, docCount);
        return String.format(java.util.Locale.ROOT, "{\"name\":\"%s\",\"boostBits\":%d,\"scored\":%b,\"docCount\":%d,"
                + "\"avgdlBits\":%d}", field.fieldName(), Float.floatToIntBits(field.boost()), field.scored(), docCount,
                Float.floatToIntBits(avgdl));
    }

    private static String meta(List<SearchDocument> documents, CharSequence fields, java.util.Set<String> shardKeys) {
        List<String> keys = new ArrayList<>();
        shardKeys.forEach(k -> keys.add("\"" + k + "\""));
        return String.format(java.util.Locale.ROOT, "{\"version\":1,\"documents\":%d,\"k1Bits\":%d,\"bBits\":%d,"
                + "\"prefixExpansions\":%d,\"recordsPerFile\":%d,\"fields\":[%s],\"shards\":[%s],\"facets\":%s}\n",
                documents.size(), Float.floatToIntBits(SearchIndexWriter.K1), Float.floatToIntBits(SearchIndexWriter.B),
                Searcher.PREFIX_EXPANSIONS, RECORDS_PER_FILE, fields, String.join(",", keys), facets(documents));
    }

    /** The filter choices: categories and types as [slug, name] by name, years newest first. */
    private static String facets(List<SearchDocument> documents) {
        Map<String, String> categories = new TreeMap<>();
        Map<String, String> types = new TreeMap<>();
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        for (SearchDocument d : documents) {
            if (d.categorySlug() != null && !d.categorySlug().isEmpty()) {
                categories.putIfAbsent(d.category(), d.categorySlug());
            }
            if (d.typeSlug() != null && !d.typeSlug().isEmpty()) {
                types.putIfAbsent(d.type(), d.typeSlug());
            }
            years.add(d.year());
        }
        return "{\"c\":" + pairs(categories) + ",\"t\":" + pairs(types) + ",\"y\":" + years.toString().replace(" ", "") + "}";
    }

    private static String pairs(Map<String, String> nameToSlug) {
        StringBuilder json = new StringBuilder("[");
        nameToSlug.forEach((name, slug) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            Json.string(Json.string(json.append('['), slug).append(','), name).append(']');
        });
        return json.append(']').toString();
    }

    private static void writeRecords(List<SearchDocument> documents, Map<String, byte[]> files) {
        for (int start = 0; start < documents.size(); start += RECORDS_PER_FILE) {
            StringBuilder json = new StringBuilder("[");
            for (int i = start; i < Math.min(documents.size(), start + RECORDS_PER_FILE); i++) {
                if (i > start) {
                    json.append(',');
                }
                json.append(Json.record(documents.get(i), SNIPPET_LENGTH));
            }
            json.append(']');
            files.put("r/" + (start / RECORDS_PER_FILE) + ".bin",
                    Bytes.gzip(json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    private static void writeAttachmentTexts(List<SearchDocument> documents, Map<String, byte[]> files) {
        for (int doc = 0; doc < documents.size(); doc++) {
            String text = documents.get(doc).attachmentText();
            if (!text.isEmpty()) {
                String kept = text.length() <= ATTACHMENT_TEXT_LENGTH ? text
                        : text.substring(0, Character.isLowSurrogate(text.charAt(ATTACHMENT_TEXT_LENGTH))
                                ? ATTACHMENT_TEXT_LENGTH - 1 : ATTACHMENT_TEXT_LENGTH);
                files.put("a/" + doc + ".bin", Bytes.gzip(kept.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
    }
}
