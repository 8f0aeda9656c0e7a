package org.bangtin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;

/**
 * Writes the search index for static hosting, read back from the Lucene index (terms, postings,
 * norm bytes, statistics), never recomputed, so the browser scores with Lucene's own numbers.
 *
 * <p>Files, all under {@code search/}:
 * <ul>
 * <li>{@code meta.bin}: BM25 parameters, field statistics and boosts, the list of shards, the
 *     filter choices (JSON);</li>
 * <li>{@code t/<key>.bin} (title, text and facet words) and {@code e/<key>.bin} (words with their
 *     marks): the terms whose folded form starts with {@code key} ({@link Shards}), with document
 *     frequency and idf, and their postings when they are short, or where in {@code postings.bin}
 *     they are, or, for a term left out of queries ({@link SearchField#leftOut}), none; kept apart so
 *     that a query typed without marks loads no marked words; and for each word, where the blocks of
 *     the word pairs it starts are;</li>
 * <li>{@code pairs.bin}: the word pairs, in small blocks ({@link PairBlocks});</li>
 * <li>{@code postings.bin}: the longer postings, each term's documents and then its postings by
 *     the score they give, in blocks ({@link ImpactPostings}), each a piece of its own (compressed
 *     unless short, {@link Bytes#piece}): a query
 *     counts its matches exactly from the documents and reads the best postings of a frequent word
 *     only, until no other notice can enter its top results;</li>
 * <li>{@code records.bin}: the display records, one slot per document ({@link RecordSlots});</li>
 * <li>{@code attachments.bin}: the text of each document's attached PDFs, its first
 *     {@value #ATTACHMENT_TEXT_LENGTH} characters, each compressed on its own, for the excerpt of a
 *     result found there; the document's record says where it is.</li>
 * </ul>
 * The browser reads parts of the last four with HTTP range requests, so the number of files does not
 * grow with the site (a server that ignores ranges sends the whole file, which the browser then
 * keeps). The build compresses every file or piece with gzip (the browser inflates the pieces
 * itself), so its size does not depend on the web server's settings, except the short pieces of
 * {@code postings.bin} and {@code pairs.bin}, which gzip would not make smaller.
 */
public final class StaticExport {
    /**
     * Postings longer than this (bytes) go to {@code postings.bin}: a shard holds many words, of
     * which a query needs one or two, so the shard stays small and its words are fetched apart.
     */
    static final int INLINE_POSTINGS_LIMIT = 128;
    /** Characters of text kept per document for result excerpts. */
    static final int SNIPPET_LENGTH = 200;
    /** Characters of a document's attachment text kept for excerpts (about ten pages, 8 KB gzipped). */
    static final int ATTACHMENT_TEXT_LENGTH = 30_000;

    private StaticExport() {
    }

    /**
     * The export's files by their path under {@code search/}, unless {@code cancelled} says to
     * stop: the workers ask it between two batches of terms, so that a preview's newer edit need
     * not wait for the whole export (seconds at 10,000 notices).
     *
     * @throws CancellationException when it did
     */
    public static Map<String, byte[]> export(Directory directory, List<SearchDocument> documents, BooleanSupplier cancelled)
            throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        // The workers are closed, and so stopped, before the index they read.
        try (DirectoryReader reader = DirectoryReader.open(directory); ExportWorkers workers = new ExportWorkers(cancelled)) {
            IndexReader index = reader.leaves().isEmpty() ? null : reader;
            IndexSearcher searcher = new IndexSearcher(reader);
            Future<DocumentFiles> documentFiles = workers.submit(() -> documentFiles(documents));
            List<FieldTerms> ranges = new ArrayList<>();
            StringBuilder fieldsJson = new StringBuilder();
            for (SearchField field : SearchField.values()) {
                CollectionStatistics stats = index == null ? null : searcher.collectionStatistics(field.fieldName());
                if (fieldsJson.length() > 0) {
                    fieldsJson.append(',');
                }
                fieldsJson.append(fieldJson(field, stats));
                if (stats != null) {
                    for (FieldTerms range : FieldTerms.ranges(index, FieldTerms.Field.of(index, field, stats), workers::stopping)) {
                        workers.start(range::read);
                        ranges.add(range);
                    }
                }
            }
            Shards shards = new Shards();
            Bytes postingsPack = new Bytes();
            PairBlocks pairs = new PairBlocks(shards);
            for (FieldTerms range : ranges) {
                write(range, shards, pairs, postingsPack);
            }
            stopIf(cancelled);
            files.put("pairs.bin", pairs.finish());
            shards.finish();
            files.putAll(shards.files());
            files.put("postings.bin", postingsPack.toByteArray());
            DocumentFiles perDocument = Tasks.await(documentFiles);
            files.put("attachments.bin", perDocument.attachments());
            files.put("records.bin", perDocument.records().file());
            files.put("meta.bin", Bytes.gzip(meta(documents, fieldsJson, shards, perDocument.records().slot(),
                    contentTag(files)).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return files;
    }

    /** The files with one piece per document: its attachments' text and its display record. */
    private record DocumentFiles(byte[] attachments, RecordSlots records) {
    }

    private static DocumentFiles documentFiles(List<SearchDocument> documents) {
        Bytes attachmentTexts = new Bytes();
        long[][] attachmentPieces = attachmentTexts(documents, attachmentTexts);
        RecordSlots records = RecordSlots.of(documents.size(),
                (doc, snippetLength) -> Json.record(documents.get(doc), snippetLength, attachmentPieces[doc]), SNIPPET_LENGTH);
        return new DocumentFiles(attachmentTexts.toByteArray(), records);
    }

    /**
     * Writes a range of a field's terms in term order, as the workers read them: each one's entry
     * into its shard (a word pair's into its block of pairs), its long postings into
     * {@code postingsPack}.
     */
    private static void write(FieldTerms terms, Shards shards, PairBlocks pairs, Bytes postingsPack) throws IOException {
        SearchField field = terms.field();
        CollectionStatistics stats = terms.stats();
        for (List<FieldTerms.EncodedTerm> batch = terms.next(); batch != null; batch = terms.next()) {
            for (FieldTerms.EncodedTerm term : batch) {
                Bytes shard = new Bytes();
                shard.u8(field.ordinal()).string(term.text()).varint(term.docFreq())
                        .f32(field.scored() ? Bm25.idf(term.docFreq(), stats.docCount()) : 0f);
                if (term.postings() == null) {
                    shard.u8(2); // left out of queries (see SearchField.leftOut): known, but no postings
                } else {
                    term.postings().writeTo(shard, postingsPack);
                }
                if (field == SearchField.BIGRAM) {
                    pairs.add(term.text(), shard.toByteArray());
                } else {
                    shards.add(ShardKeys.family(field), term.text(), shard.toByteArray());
                }
            }
        }
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
    }

    private static String fieldJson(SearchField field, CollectionStatistics stats) {
        long docCount = stats == null ? 0 : stats.docCount();
        long sumTotalTermFreq = stats == null ? 0 : stats.sumTotalTermFreq();
        float avgdl = docCount == 0 ? 1f : Bm25.averageLength(sumTotalTermFreq, docCount);
        return String.format(java.util.Locale.ROOT, "{\"name\":\"%s\",\"boostBits\":%d,\"scored\":%b,\"docCount\":%d,"
                + "\"avgdlBits\":%d}", field.fieldName(), Float.floatToIntBits(field.boost()), field.scored(), docCount,
                Float.floatToIntBits(avgdl));
    }

    /**
     * A tag of the export's content, which the browser adds to the address of every file but meta
     * ("?v=…"): a web server or browser cache can keep files for hours after a new build, and a
     * shard of the old build read with a pack of the new one gives wrong answers. meta itself is
     * always revalidated.
     */
    private static String contentTag(Map<String, byte[]> files) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        files.forEach((name, bytes) -> {
            crc.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            crc.update(bytes);
        });
        return Long.toString(crc.getValue(), 36);
    }

    private static String meta(List<SearchDocument> documents, CharSequence fields, Shards shards, int recordSlot,
            String tag) {
        return String.format(java.util.Locale.ROOT, "{\"version\":6,\"tag\":\"%s\",\"documents\":%d,\"k1Bits\":%d,\"bBits\":%d,"
                + "\"prefixExpansions\":%d,\"recordSlot\":%d,\"fields\":[%s],\"shards\":%s,\"split\":%s,\"facets\":%s}\n",
                tag, documents.size(), Float.floatToIntBits(SearchIndexWriter.K1), Float.floatToIntBits(SearchIndexWriter.B),
                Searcher.PREFIX_EXPANSIONS, recordSlot, fields, shardList(shards.files().keySet()), strings(shards.splitKeys()),
                facets(documents));
    }

    /** The shard files as {"t/": "a ab ac …", "e/": "…"}: their keys by family, a third of the bytes of their names. */
    private static String shardList(java.util.Set<String> files) {
        Map<String, java.util.StringJoiner> keys = new TreeMap<>();
        for (String file : files) {
            String family = file.substring(0, 2);
            keys.computeIfAbsent(family, f -> new java.util.StringJoiner(" "))
                    .add(file.substring(2, file.length() - ".bin".length()));
        }
        StringBuilder json = new StringBuilder("{");
        keys.forEach((family, list) -> Json.string(Json.string(json.length() > 1 ? json.append(',') : json, family).append(':'),
                list.toString()));
        return json.append('}').toString();
    }

    private static String strings(java.util.Collection<String> values) {
        StringBuilder json = new StringBuilder("[");
        values.forEach(v -> Json.string(json.length() > 1 ? json.append(',') : json, v));
        return json.append(']').toString();
    }

    /**
     * The filter choices: categories and types as [slug, name] in Vietnamese alphabetical order
     * ("Kế hoạch" before "Kinh tế", which the characters' codes put the other way), years newest first.
     */
    private static String facets(List<SearchDocument> documents) {
        java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        java.util.Comparator<String> byName = java.util.Comparator.<String, String>comparing(n -> n, vietnamese::compare)
                .thenComparing(java.util.Comparator.naturalOrder());
        Map<String, String> categories = new TreeMap<>(byName);
        Map<String, String> types = new TreeMap<>(byName);
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

    /** Writes each document's attachment text; gives where each is (offset, length), or null. */
    private static long[][] attachmentTexts(List<SearchDocument> documents, Bytes pack) {
        long[][] pieces = new long[documents.size()][];
        for (int doc = 0; doc < documents.size(); doc++) {
            String text = documents.get(doc).attachmentText();
            if (!text.isEmpty()) {
                String kept = text.length() <= ATTACHMENT_TEXT_LENGTH ? text
                        : text.substring(0, Character.isLowSurrogate(text.charAt(ATTACHMENT_TEXT_LENGTH))
                                ? ATTACHMENT_TEXT_LENGTH - 1 : ATTACHMENT_TEXT_LENGTH);
                byte[] compressed = Bytes.gzip(kept.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                pieces[doc] = new long[] {pack.size(), compressed.length};
                pack.bytes(compressed);
            }
        }
        return pieces;
    }
}
