package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.store.FSDirectory;
import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser's engine, under Node, and the Java searcher over Lucene answer the same queries
 * with the same top ten, in the same order, with scores equal to the float, and agree on which
 * were found in an attached PDF. On a generated site of 2,000 notices, of which 40 are, as on
 * real portals, a title and a signed PDF holding their text; with queries drawn from the titles
 * and from the PDFs: with and without marks, one to four words, prefixes being typed, phrases,
 * filters, and sorting by date.
 */
class SearchParityTest {
    private static final int NOTICES = 2000;
    private static final int PDF_NOTICES = 40;
    /** About two pages of the PDF: enough words, and the PDFs stay quick to write. */
    private static final int PDF_TEXT_LENGTH = 4000;
    /** The texts moved into PDFs, for queries. */
    private static final List<String> pdfTexts = new ArrayList<>();

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void buildGeneratedSite() throws Exception {
        Path corpus = dir.resolve("corpus");
        Path generator = Path.of(System.getProperty("bangtin.sharedDir", "../../shared"), "bench/gen-corpus.py");
        Process python = new ProcessBuilder("python3", generator.toString(), "--count", Integer.toString(NOTICES),
                "--out", corpus.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("gen.log").toFile()).start();
        assertTrue(python.waitFor(5, TimeUnit.MINUTES) && python.exitValue() == 0,
                () -> "gen-corpus.py failed: " + read(dir.resolve("gen.log")));
        movePdfs(corpus);
        site = dir.resolve("site");
        BuildResult result = SiteBuilder.create().build(BuildRequest.builder().contentDir(corpus).outputDir(site).build());
        assertTrue(result.succeeded(), result.problems().toString());
    }

    /** Every {@code NOTICES / PDF_NOTICES}-th notice becomes its title and a PDF of its text, its body left empty. */
    private static void movePdfs(Path corpus) throws IOException {
        List<Path> notices;
        try (var files = Files.walk(corpus)) {
            notices = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        for (int i = 0; i < notices.size() && pdfTexts.size() < PDF_NOTICES; i += notices.size() / PDF_NOTICES) {
            Path notice = notices.get(i);
            String source = Files.readString(notice);
            int end = source.indexOf("\n---\n", 3);
            // The text as a PDF shows it: no Markdown marks, only what the font draws.
            String text = source.substring(end + 5).replaceAll("\\*\\*|(?m)^- ", "")
                    .replaceAll("[^\\p{L}\\p{M}\\p{N}\\s.,;:()/%-]", " ").strip();
            text = text.substring(0, Math.min(text.length(), PDF_TEXT_LENGTH));
            String pdf = notice.getFileName().toString().replace(".md", ".pdf");
            Files.write(notice.resolveSibling(pdf), org.bangtin.TestPdfs.text(text));
            Files.writeString(notice, source.substring(0, end) + "\nattachments: [\"" + pdf + "\"]\n---\n");
            pdfTexts.add(text.replaceAll("\\s+", " "));
        }
    }

    @Test
    void theBrowserEngineAndLuceneGiveTheSameTopTen() throws Exception {
        List<NodeSearch.Query> queries = new ArrayList<>(queries(titles(), 140));
        // Prefixes that end inside a shard split by longer keys, and words of such shards.
        for (String typed : List.of("th", "ph", "ng", "tho", "thông b", "chư", "nghị quy")) {
            queries.add(NodeSearch.Query.of(typed).typing());
        }
        compare(queries, 100);
    }

    @Test
    void theyAgreeOnWordsFromThePdfs() throws Exception {
        List<NodeSearch.Query> queries = queries(pdfTexts, 60);
        assertTrue(compare(queries, 40) >= 10, "results found in a PDF");
    }

    /**
     * "kế hoạch" stands in nearly every notice. The engine counts the matches from the documents of
     * the two words, and reads their postings best first, only until no other notice can enter the
     * top ten (the same top ten as Lucene's: the other tests check that).
     */
    @Test
    void aQueryOfFrequentWordsReadsOnlyTheBestOfTheirPostings() throws Exception {
        NodeSearch.Query query = NodeSearch.Query.of("ke hoach");
        String line = NodeSearch.run(site.resolve("search"), List.of(query), 0, Files.createTempDirectory(dir, "frequent")).get(0);
        Map<Long, Integer> blocks = ExportedPostings.blocks(site.resolve("search"), Set.of("ke", "hoach"));
        long read = 0;
        Matcher range = Pattern.compile("\"postings\\.bin@(\\d+)-(\\d+)\"").matcher(line);
        while (range.find()) {
            read += blocks.getOrDefault(Long.parseLong(range.group(1)), 0); // a block, or the documents
        }
        long all = blocks.values().stream().mapToLong(Integer::longValue).sum();
        try (Searcher searcher = new Searcher(FSDirectory.open(site.resolve("search/index")))) {
            Searcher.Results java = searcher.search(query.parsed(), 10);
            assertTrue(java.total() > NOTICES * 9 / 10, "in nearly every notice: " + java.total());
            assertEquals(java.total(), NodeResult.parse(line).total(), "counted exactly");
        }
        assertTrue(read > 0 && read * 3 < all, "read " + read + " of the words' " + all + " postings");
    }

    /**
     * Asks both searchers; {@code minimumWithHits} of the queries must find something. Returns
     * how many of the results were found in an attached PDF.
     */
    private static int compare(List<NodeSearch.Query> queries, int minimumWithHits) throws Exception {
        List<String> lines = NodeSearch.run(site.resolve("search"), queries, 0, Files.createTempDirectory(dir, "node"));
        List<String> mismatches = new ArrayList<>();
        int withHits = 0;
        int inPdf = 0;
        try (Searcher searcher = new Searcher(FSDirectory.open(site.resolve("search/index")))) {
            for (int i = 0; i < queries.size(); i++) {
                NodeSearch.Query query = queries.get(i);
                Searcher.Results java = searcher.search(query.parsed(), 10);
                NodeResult node = NodeResult.parse(lines.get(i));
                if (java.total() != node.total() || !java.hits().equals(node.hits())) {
                    mismatches.add(query + "\n  lucene: " + java.total() + " " + java.hits() + "\n  node:   " + node.total()
                            + " " + node.hits());
                }
                withHits += java.total() > 0 ? 1 : 0;
                inPdf += (int) java.hits().stream().filter(Searcher.Hit::inAttachment).count();
            }
        }
        assertEquals(List.of(), mismatches, () -> mismatches.size() + " of " + queries.size() + " queries differ");
        assertTrue(withHits >= minimumWithHits, "queries with results: " + withHits);
        return inPdf;
    }

    /** The titles of the generated notices, from the built pages' search records (source order does not matter). */
    private static List<String> titles() throws IOException {
        List<String> titles = new ArrayList<>();
        Pattern title = Pattern.compile("<h1 class=\"notice-title\">([^<]+)</h1>");
        try (var files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith("index.html")).sorted().toList()) {
                Matcher m = title.matcher(Files.readString(page));
                if (m.find()) {
                    titles.add(org.jsoup.parser.Parser.unescapeEntities(m.group(1), false));
                }
            }
        }
        return titles;
    }

    /** A fixed, varied set of queries: the same seed gives the same queries. */
    static List<NodeSearch.Query> queries(List<String> titles, int count) {
        Random random = new Random(20190327);
        Set<NodeSearch.Query> queries = new LinkedHashSet<>();
        String[] categories = {"thong-bao", "ke-hoach", "y-te", "giao-duc"};
        while (queries.size() < count) {
            String[] words = titles.get(random.nextInt(titles.size())).split("[\\s,.:;()\"/-]+");
            int length = 1 + random.nextInt(4);
            int start = random.nextInt(Math.max(1, words.length - length));
            List<String> picked = new ArrayList<>();
            for (int i = start; i < Math.min(words.length, start + length); i++) {
                picked.add(words[i]);
            }
            String text = String.join(" ", picked);
            switch (random.nextInt(8)) {
                case 0 -> text = org.bangtin.text.Folding.fold(text);
                case 1 -> text = org.bangtin.text.Folding.fold(text).toLowerCase(java.util.Locale.ROOT);
                case 2 -> text = "\"" + text + "\"";
                case 3 -> text = text.toUpperCase(java.util.Locale.ROOT);
                default -> { }
            }
            NodeSearch.Query query = NodeSearch.Query.of(text);
            int variant = random.nextInt(10);
            if (variant < 3) {
                String cut = text.length() > 4 && !text.endsWith("\"") ? text.substring(0, text.length() - 1 - random.nextInt(2)) : text;
                query = NodeSearch.Query.of(cut).typing();
            } else if (variant == 3) {
                query = new NodeSearch.Query(text, false, categories[random.nextInt(categories.length)], null, null, false);
            } else if (variant == 4) {
                query = new NodeSearch.Query(text, false, null, null, 2019 + random.nextInt(6), false);
            } else if (variant == 5) {
                query = new NodeSearch.Query(text, false, null, null, null, true);
            }
            queries.add(query);
        }
        return new ArrayList<>(queries);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
