package org.bangtin.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;

/**
 * "Các tin khác": for every notice of the index, the notices most related to it, MoreLikeThis
 * style. A notice's query is its {@link #QUERY_WORDS} most distinctive words that other notices
 * have too (frequency in the notice times idf, a title word weighing {@link #TITLE_WEIGHT} times a
 * text word; words in more than a tenth of the notices are left out, see {@link TermTable}); the
 * other notices are scored with Lucene's BM25 on those words, newer and older alike, each word
 * adding its score to the {@link TermTable#CHAMPIONS} notices it scores best in.
 *
 * <p>A notice is related only when its score reaches {@link #RELEVANCE_FLOOR} of the notice's own
 * score for its most distinctive words, its own ones included; when none does (and none is
 * pinned), the list is the latest notices of the same category instead, flagged as a fallback.
 * Near-duplicates ({@link WordPairSets}) are never listed for each other and are reported. Scores
 * are compared in steps of a hundredth of the notice's own score; within a step, the same category
 * comes first, then the closer date, then the URL; so near-ties do not depend on the order of
 * floating-point sums, and two builds give the same lists.
 *
 * <p>Notices are processed in parallel on all cores, in about {@link #BLOCKS} blocks, each with
 * its own working arrays.
 */
public final class RelatedNotices {
    static final int QUERY_WORDS = 12;
    static final float TITLE_WEIGHT = 2f;
    static final float BODY_WEIGHT = 1f;
    static final double RELEVANCE_FLOOR = 0.2;
    /** Scores are compared in steps of this share of the notice's own score. */
    static final int SCORE_STEPS = 100;
    /** Candidates looked at beyond the list's length, so that skipped near-duplicates are replaced. */
    static final int SPARE_CANDIDATES = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int BLOCKS = 64;

    private final TermTable words;
    private final WordPairSets pairs;
    private final CandidateOrder order;
    private final Map<String, int[]> byCategory;
    private final String[] categories;
    private final int count;
    private final Map<Integer, List<Integer>> pinned;
    private final Set<NearDuplicate> duplicates = ConcurrentHashMap.newKeySet();

    private RelatedNotices(TermTable words, WordPairSets pairs, List<SearchDocument> documents, int count,
            Map<Integer, List<Integer>> pinned) {
        this.words = words;
        this.pairs = pairs;
        this.count = count;
        this.pinned = pinned;
        int n = documents.size();
        this.categories = new String[n];
        int[] days = new int[n];
        String[] urls = new String[n];
        Map<String, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < n; i++) {
            SearchDocument d = documents.get(i);
            categories[i] = Objects.requireNonNullElse(d.categorySlug(), "");
            days[i] = (int) LocalDate.parse(d.date(), DAY).toEpochDay();
            urls[i] = d.url();
            members.computeIfAbsent(categories[i], c -> new ArrayList<>()).add(i);
        }
        this.byCategory = new HashMap<>();
        members.forEach((c, docs) -> byCategory.put(c, docs.stream().mapToInt(Integer::intValue).toArray()));
        this.order = new CandidateOrder(categories, days, urls);
    }

    /**
     * The related lists of every document of {@code index}.
     *
     * @param documents the documents as indexed (document i is {@code documents.get(i)})
     * @param count     how many related notices a list holds (pinned ones beyond it are kept)
     * @param pinned    the pinned related documents of a document, by its number, in the editor's order
     */
    public static RelatedLists compute(Directory index, List<SearchDocument> documents, int count,
            Map<Integer, List<Integer>> pinned, java.util.function.BooleanSupplier cancelled) throws IOException {
        return compute(index, documents, count, pinned, cancelled, TermTable.CHAMPIONS);
    }

    /** {@link #compute} going through {@code champions} postings of each query word. */
    static RelatedLists compute(Directory index, List<SearchDocument> documents, int count,
            Map<Integer, List<Integer>> pinned, java.util.function.BooleanSupplier cancelled, int champions)
            throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, is " + count);
        }
        try (DirectoryReader reader = DirectoryReader.open(index)) {
            if (reader.leaves().isEmpty()) {
                return new RelatedLists(List.of(), List.of());
            }
            if (reader.maxDoc() != documents.size()) {
                throw new IllegalStateException("the index must hold the " + documents.size() + " documents, has "
                        + reader.maxDoc());
            }
            TermTable words = TermTable.read(reader, TITLE_WEIGHT, BODY_WEIGHT, champions);
            WordPairSets pairs = WordPairSets.read(reader);
            return new RelatedNotices(words, pairs, documents, count, Map.copyOf(pinned)).all(cancelled);
        }
    }

    /** Every document's list; {@code cancelled} is asked before each block (a preview's newer edit stops it). */
    private RelatedLists all(java.util.function.BooleanSupplier cancelled) {
        int n = words.documentCount();
        RelatedList[] lists = new RelatedList[n];
        int size = Math.max(1, (n + BLOCKS - 1) / BLOCKS);
        IntStream.range(0, (n + size - 1) / size).parallel().forEach(block -> {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException();
            }
            Scratch scratch = new Scratch(n);
            for (int doc = block * size; doc < Math.min(n, (block + 1) * size); doc++) {
                lists[doc] = listOf(doc, scratch);
            }
        });
        List<NearDuplicate> found = duplicates.stream()
                .sorted(Comparator.comparingInt(NearDuplicate::first).thenComparingInt(NearDuplicate::second))
                .toList();
        return new RelatedLists(List.of(lists), found);
    }

    private RelatedList listOf(int doc, Scratch scratch) {
        // Most sites pin nothing: no boxing of every notice's number to find that out.
        List<Integer> pins = pinned.isEmpty() ? List.of() : pinned.getOrDefault(doc, List.of());
        List<Integer> result = new ArrayList<>(pins);
        for (int candidate : candidates(doc, scratch, count + pins.size() + SPARE_CANDIDATES)) {
            if (pins.contains(candidate) || isNearDuplicate(doc, candidate)) {
                continue;
            }
            if (result.size() < Math.max(count, pins.size())) {
                result.add(candidate);
            }
        }
        if (!result.isEmpty()) {
            return new RelatedList(result, false);
        }
        for (int latest : byCategory.get(categories[doc])) {
            if (result.size() == count) {
                break;
            }
            if (latest != doc && !pairs.nearDuplicates(doc, latest)) {
                result.add(latest);
            }
        }
        return new RelatedList(result, true);
    }

    private boolean isNearDuplicate(int doc, int other) {
        if (!pairs.nearDuplicates(doc, other)) {
            return false;
        }
        int percent = (int) Math.floor(pairs.similarity(doc, other) * 100);
        duplicates.add(new NearDuplicate(Math.min(doc, other), Math.max(doc, other), percent));
        return true;
    }

    /** The best {@code limit} notices above the floor for {@code doc}'s query, best first. */
    private int[] candidates(int doc, Scratch scratch, int limit) {
        int[] query = new int[QUERY_WORDS];
        float[] weights = new float[QUERY_WORDS];
        float own = ownScore(doc, query, weights);
        int size = topWords(doc, 2, query, weights);
        float[] scores = scratch.scores;
        int[] touched = scratch.touched;
        int touchedCount = 0;
        for (int q = 0; q < size; q++) {
            int[] docs = words.championDocs(query[q]);
            float[] impacts = words.championScores(query[q]);
            for (int i = 0; i < docs.length; i++) {
                int other = docs[i];
                // Without a branch: whether a notice is met for the first time is a coin toss that
                // the processor mispredicted, and that was half of this phase's time.
                touched[touchedCount] = other;
                touchedCount += scores[other] == 0 ? 1 : 0;
                scores[other] += weights[q] * impacts[i];
            }
        }
        TopCandidates top = new TopCandidates(limit);
        for (int t = 0; t < touchedCount; t++) {
            int other = touched[t];
            float score = scores[other];
            scores[other] = 0;
            if (other != doc && own > 0 && score >= RELEVANCE_FLOOR * own) {
                int steps = (int) Math.min(CandidateOrder.MAX_STEPS, Math.floor(score / own * SCORE_STEPS));
                // Most candidates cannot enter once the list is full: no need to make their key.
                if (CandidateOrder.largestKey(steps) > top.bar()) {
                    top.offer(order.key(doc, other, steps));
                }
            }
        }
        return top.documents(order);
    }

    /**
     * What the notice scores for a query of its most distinctive words, its own ones included: the
     * measure of the floor. A notice whose distinctive words are mostly its own relates weakly to
     * notices that share the few others.
     */
    private float ownScore(int doc, int[] query, float[] weights) {
        int size = topWords(doc, 1, query, weights);
        float own = 0;
        for (int q = 0; q < size; q++) {
            own += weights[q] * words.impact(query[q], doc);
        }
        return own;
    }

    /**
     * Fills {@code query} with the notice's most distinctive words found in at least {@code minNotices}
     * notices, and their weights (frequency × field weight × idf), best first; returns how many.
     */
    private int topWords(int doc, int minNotices, int[] query, float[] weights) {
        int[] own = words.words(doc);
        int[] frequencies = words.frequencies(doc);
        int size = 0;
        for (int i = 0; i < own.length; i++) {
            if (words.postingDocs(own[i]).length < minNotices) {
                continue;
            }
            float value = frequencies[i] * words.weight(own[i]);
            int at = size;
            // Insertion into the short sorted list; ties keep the lower word number first.
            while (at > 0 && weights[at - 1] < value) {
                at--;
            }
            if (at >= QUERY_WORDS) {
                continue;
            }
            int end = Math.min(size, QUERY_WORDS - 1);
            System.arraycopy(query, at, query, at + 1, end - at);
            System.arraycopy(weights, at, weights, at + 1, end - at);
            query[at] = own[i];
            weights[at] = value;
            size = Math.min(size + 1, QUERY_WORDS);
        }
        return size;
    }

    /** Per-thread working arrays: scores by document, and which documents have one. */
    private static final class Scratch {
        final float[] scores;
        final int[] touched;

        Scratch(int n) {
            scores = new float[n];
            touched = new int[n + 1]; // one past the last notice: the loop writes before it counts
        }
    }
}
