package org.bangtin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * Answers queries from the Lucene index, as the browser script answers them from the static
 * export. A query matches the notices that contain every word (in any field) and every phrase;
 * it scores them with Lucene's BM25 on the words in the title, the text, the exact (marked) form
 * and the word pairs. Thread-safe.
 */
public final class Searcher implements AutoCloseable {
    /** How many words a prefix expands to, the most frequent first. */
    public static final int PREFIX_EXPANSIONS = 8;

    private final IndexReader reader;
    private final IndexSearcher searcher;

    /** A searcher over the Lucene index a build wrote ({@code search/index/} of a site). */
    public static Searcher open(java.nio.file.Path indexFolder) throws IOException {
        return new Searcher(org.apache.lucene.store.FSDirectory.open(indexFolder));
    }

    public Searcher(Directory directory) throws IOException {
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(SearchIndexWriter.similarity());
    }

    /**
     * One result: the document number (0 is the newest notice), its score, and whether a word of
     * the query is found in it only in an attached PDF (the result then shows an excerpt of that).
     */
    public record Hit(int doc, float score, boolean inAttachment) {
    }

    /** The first {@code limit} results, and how many there are in all. */
    public record Results(List<Hit> hits, int total) {
    }

    public Results search(SearchQuery query, int limit) throws IOException {
        Query lucene = toLucene(query, true);
        int total = searcher.count(lucene);
        if (total == 0) {
            return new Results(List.of(), 0);
        }
        TopDocs top = query.sortByDate() ? searcher.search(lucene, limit, Sort.INDEXORDER, true)
                : searcher.search(lucene, limit);
        Set<Integer> outside = matching(toLucene(query, false), top.scoreDocs);
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            hits.add(new Hit(hit.doc, hit.score, !outside.contains(hit.doc)));
        }
        return new Results(hits, total);
    }

    /** Which of {@code docs} {@code query} matches, segment by segment. */
    private Set<Integer> matching(Query query, ScoreDoc[] docs) throws IOException {
        Set<Integer> matched = new java.util.HashSet<>();
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int[] sorted = java.util.Arrays.stream(docs).mapToInt(d -> d.doc).sorted().toArray();
        for (LeafReaderContext segment : reader.leaves()) {
            Scorer scorer = weight.scorer(segment);
            if (scorer == null) {
                continue;
            }
            DocIdSetIterator iterator = scorer.iterator();
            int end = segment.docBase + segment.reader().maxDoc();
            for (int doc : sorted) {
                if (doc < segment.docBase || doc >= end) {
                    continue;
                }
                int inSegment = doc - segment.docBase;
                if (iterator.docID() < inSegment) {
                    iterator.advance(inSegment);
                }
                if (iterator.docID() == inSegment) {
                    matched.add(doc);
                }
            }
        }
        return matched;
    }

    /**
     * The Lucene query for {@code query}; see the class comment for what it means. Without
     * {@code attachments}, the words must be found outside the attached PDFs: the documents that
     * query misses are those found through their attachments.
     */
    Query toLucene(SearchQuery query, boolean attachments) throws IOException {
        if (query.isEmpty()) {
            return new MatchNoDocsQuery("no words");
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        Set<String> scored = new LinkedHashSet<>();
        int documents = reader.numDocs();
        for (SearchQuery.Word word : query.words()) {
            if (word.prefix()) {
                List<String> expansions = expand(word.folded());
                if (expansions.isEmpty()) {
                    return new MatchNoDocsQuery("no word starts with " + word.folded());
                }
                builder.add(anyOf(expansions, attachments), Occur.FILTER);
                for (String expansion : expansions) {
                    scored.add(key(SearchField.TITLE, expansion));
                    scored.add(key(SearchField.BODY, expansion));
                    scored.add(key(SearchField.ATTACHMENT, expansion));
                    scored.add(key(SearchField.NUMBER, expansion));
                }
            } else {
                builder.add(anyOf(List.of(word.folded()), attachments), Occur.FILTER);
                scored.add(key(SearchField.TITLE, word.folded()));
                scored.add(key(SearchField.BODY, word.folded()));
                if (!word.marked().equals(word.folded()) && !SearchField.leftOut(SearchField.EXACT,
                        docs(SearchField.EXACT, word.marked()), docs(SearchField.BODY, word.folded()), documents)) {
                    scored.add(key(SearchField.EXACT, word.marked()));
                }
                scored.add(key(SearchField.ATTACHMENT, word.folded()));
                scored.add(key(SearchField.NUMBER, word.folded()));
            }
        }
        for (String pair : query.pairs()) {
            if (!SearchField.leftOut(SearchField.BIGRAM, docs(SearchField.BIGRAM, pair), 0, documents)) {
                scored.add(key(SearchField.BIGRAM, pair));
            }
        }
        for (String pair : query.phrasePairs()) {
            if (!SearchField.leftOut(SearchField.BIGRAM, docs(SearchField.BIGRAM, pair), 0, documents)) {
                builder.add(phrase(pair, attachments), Occur.FILTER);
            }
        }
        SearchQuery.Filters filters = query.filters();
        if (filters.categorySlug() != null) {
            builder.add(term(SearchField.FACET, Facets.CATEGORY + filters.categorySlug()), Occur.FILTER);
        }
        if (filters.typeSlug() != null) {
            builder.add(term(SearchField.FACET, Facets.TYPE + filters.typeSlug()), Occur.FILTER);
        }
        if (filters.year() != null) {
            builder.add(term(SearchField.FACET, Facets.YEAR + filters.year()), Occur.FILTER);
        }
        if (!attachments) {
            return builder.build(); // only matches are asked of it
        }
        for (String key : scored) {
            SearchField field = SearchField.valueOf(key.substring(0, key.indexOf(':')));
            Query term = term(field, key.substring(key.indexOf(':') + 1));
            builder.add(new BoostQuery(term, field.boost()), Occur.SHOULD);
        }
        return builder.build();
    }

    /** Any of {@code words} in the text (the body field has every field's words), or in an attachment. */
    private static Query anyOf(List<String> words, boolean attachments) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String word : words) {
            any.add(term(SearchField.BODY, word), Occur.SHOULD);
            if (attachments) {
                any.add(term(SearchField.ATTACHMENT, word), Occur.SHOULD);
            }
        }
        return any.build();
    }

    /**
     * A quoted pair: side by side in the title, summary or text; or both in an attachment, whose
     * word pairs are not indexed (see {@link SearchField#ATTACHMENT}).
     */
    private static Query phrase(String pair, boolean attachments) {
        if (!attachments) {
            return term(SearchField.BIGRAM, pair);
        }
        BooleanQuery.Builder both = new BooleanQuery.Builder();
        for (String word : pair.split(" ")) {
            both.add(term(SearchField.ATTACHMENT, word), Occur.FILTER);
        }
        return new BooleanQuery.Builder()
                .add(term(SearchField.BIGRAM, pair), Occur.SHOULD)
                .add(both.build(), Occur.SHOULD)
                .build();
    }

    /**
     * The most frequent words of the text and the attachments that start with {@code prefix}: by
     * their document frequencies in the two fields added up, ties alphabetical.
     */
    List<String> expand(String prefix) throws IOException {
        java.util.Map<String, Integer> found = new java.util.HashMap<>();
        for (SearchField field : List.of(SearchField.BODY, SearchField.ATTACHMENT)) {
            Terms terms = MultiTerms.getTerms(reader, field.fieldName());
            if (terms == null) {
                continue;
            }
            TermsEnum iterator = terms.iterator();
            if (iterator.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
                continue;
            }
            for (BytesRef term = iterator.term(); term != null; term = iterator.next()) {
                String text = term.utf8ToString();
                if (!text.startsWith(prefix)) {
                    break;
                }
                found.merge(text, iterator.docFreq(), Integer::sum);
            }
        }
        return found.entrySet().stream()
                .map(e -> new Candidate(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Candidate::docFreq).reversed().thenComparing(Candidate::term))
                .limit(PREFIX_EXPANSIONS)
                .map(Candidate::term)
                .toList();
    }

    /** A word a prefix could expand to. */
    private record Candidate(String term, int docFreq) {
    }

    private int docs(SearchField field, String term) throws IOException {
        return reader.docFreq(new Term(field.fieldName(), term));
    }

    private static String key(SearchField field, String term) {
        return field.name() + ":" + term;
    }

    private static Query term(SearchField field, String text) {
        return new TermQuery(new Term(field.fieldName(), text));
    }

    /** What a result shows: its page's URL, title and date ("29/03/2019"). */
    public record Shown(String url, String title, String date) {
    }

    public Shown shown(int doc) throws IOException {
        org.apache.lucene.document.Document stored = reader.storedFields().document(doc);
        return new Shown(stored.get("url"), stored.get("title"), stored.get("date"));
    }

    public int documentCount() {
        return reader.numDocs();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
