package org.bangtin.search;

/**
 * The fields of the search index. Each notice is indexed in every field; a query's score is the
 * sum of BM25 scores of its terms in them, each times the field's boost. The browser knows the
 * fields by their order here (the export writes it), so new fields go last.
 *
 * <p>No scored field has a boost of 1: Lucene rewrites a boost of 1 away, and a scoring clause that
 * then equals a filter clause becomes a required scoring clause, whose score Lucene sums in another
 * order. Keeping every scoring clause distinct keeps the arithmetic one sum, as the browser does it.
 */
enum SearchField {
    /** The title, folded: a word in the title weighs more than one in the text. */
    TITLE("title", 2f),
    /** Everything a reader could search for, folded: title, summary, text, number, type, issuer, category, tags. */
    BODY("body", 1.5f),
    /** Title, summary and text with their marks: rewards exact matches of a query typed with marks. */
    EXACT("exact", 1.25f),
    /** Pairs of neighbouring folded words ("binh dang"): rewards phrases without storing positions. */
    BIGRAM("bigram", 2f),
    /** Filter values ("c:ke-hoach", "t:thong-bao", "y:2019"); not scored. */
    FACET("facet", 0f),
    /**
     * The text of the notice's attached PDFs, folded: a word found only there still finds the
     * notice, but weighs less than one in the title or text, which the editor wrote for readers.
     * No marked words nor word pairs: those of a whole PDF would multiply the export's size.
     */
    ATTACHMENT("attachment", 0.75f),
    /**
     * The document's number, folded ("925", "kh", "ubnd" of "925/KH-UBND"): a reader who types the
     * number of the document they look for ("kế hoạch 925") finds that document first, above the
     * notices that only cite it. Its words are in the body too, which decides what matches.
     */
    NUMBER("number", 4f);

    private final String fieldName;
    private final float boost;

    SearchField(String fieldName, float boost) {
        this.fieldName = fieldName;
        this.boost = boost;
    }

    String fieldName() {
        return fieldName;
    }

    float boost() {
        return boost;
    }

    boolean scored() {
        return this != FACET;
    }

    /**
     * Word pairs and marked words in more documents than this are left out of queries and their
     * postings out of the export: "kế hoạch" stands in most notices, so it ranks nothing and would
     * cost every query that names it tens of kilobytes. A quoted phrase of such a pair then
     * requires both words only. Small sites keep everything.
     */
    static int frequentPairDocs(int documents) {
        return Math.max(500, documents / 10);
    }

    /**
     * Whether a term is left out of queries, and its postings out of the export: a word pair in
     * more than {@link #frequentPairDocs} documents; a marked word in as many, when it is also in
     * nine tenths of the documents of its folded form ("kế" beside "ke"), so that it no longer
     * tells exact matches apart. "đường" beside the many "dương" stays. The export records the
     * decision per term, and the browser follows it.
     *
     * @param foldedDocFreq for a marked word, the document frequency of its folded form in the body
     */
    static boolean leftOut(SearchField field, int docFreq, int foldedDocFreq, int documents) {
        boolean frequent = docFreq > frequentPairDocs(documents);
        return switch (field) {
            case BIGRAM -> frequent;
            case EXACT -> frequent && docFreq * 10L >= foldedDocFreq * 9L;
            default -> false;
        };
    }
}
