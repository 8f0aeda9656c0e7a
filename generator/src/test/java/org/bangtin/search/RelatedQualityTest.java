package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality of "Các tin khác" on a generated site of 2,000 notices, read from the built pages.
 * The generator (shared/bench/gen-corpus.py) clusters notices by category and, within it, by topic;
 * a notice's topic is its first two tags, which the generator takes from the topic (its title
 * names the topic, or is one of the topic's own notice titles).
 */
class RelatedQualityTest {
    private static final int NOTICES = 2000;
    private static final int K = 5;

    @TempDir
    static Path dir;
    static Map<String, Page> pages;

    /** What the test reads of a notice page. */
    record Page(String url, String category, List<String> topic, String date, List<String> related, boolean fallback) {
    }

    @BeforeAll
    static void buildGeneratedSite() throws Exception {
        Path corpus = generate(NOTICES, "corpus");
        Path site = dir.resolve("site");
        BuildResult result = SiteBuilder.create().build(BuildRequest.builder().contentDir(corpus).outputDir(site).build());
        assertTrue(result.succeeded(), result.problems().toString());
        pages = read(site);
    }

    @Test
    void relatedNoticesAreOfTheSameCategoryAndTopicFarMoreThanTheLatestOfTheCategory() {
        int sameCategory = 0;
        int sameTopic = 0;
        int baselineTopic = 0;
        int fallbacks = 0;
        Map<String, List<Page>> byCategory = new TreeMap<>();
        pages.values().forEach(p -> byCategory.computeIfAbsent(p.category(), c -> new ArrayList<>()).add(p));
        byCategory.values().forEach(list -> list.sort(Comparator.comparing(Page::date).reversed().thenComparing(Page::url)));
        for (Page page : pages.values()) {
            fallbacks += page.fallback() ? 1 : 0;
            for (String url : page.related().subList(0, Math.min(K, page.related().size()))) {
                Page other = pages.get(url);
                sameCategory += other.category().equals(page.category()) ? 1 : 0;
                sameTopic += other.topic().equals(page.topic()) ? 1 : 0;
            }
            List<Page> latest = byCategory.get(page.category()).stream().filter(p -> p != page).limit(K).toList();
            baselineTopic += (int) latest.stream().filter(p -> p.topic().equals(page.topic())).count();
        }
        double slots = (double) K * pages.size();
        double categoryPrecision = sameCategory / slots;
        double topicPrecision = sameTopic / slots;
        double baselinePrecision = baselineTopic / slots;
        String report = String.format(java.util.Locale.ROOT, "precision@%d on %d notices: same category %.3f, same topic %.3f;"
                + " baseline (latest of the category): same topic %.3f; fallback lists %d", K, pages.size(),
                categoryPrecision, topicPrecision, baselinePrecision, fallbacks);
        System.out.println(report);
        assertEquals(NOTICES, pages.size());
        assertTrue(categoryPrecision >= 0.8, report);
        assertTrue(topicPrecision > baselinePrecision, report);
    }

    @Test
    void noNoticeListsItselfAndListsAreFull() {
        for (Page page : pages.values()) {
            assertTrue(!page.related().contains(page.url()), page.url());
            assertEquals(K, page.related().size(), page.url() + " " + page.related());
        }
    }

    /** Two builds of one generated site (smaller, to keep the test quick) give the same lists. */
    @Test
    void twoBuildsGiveTheSameLists() throws Exception {
        Path corpus = generate(300, "small");
        List<Map<String, Page>> builds = new ArrayList<>();
        for (String name : List.of("first", "second")) {
            BuildResult result = SiteBuilder.create()
                    .build(BuildRequest.builder().contentDir(corpus).outputDir(dir.resolve(name)).build());
            assertTrue(result.succeeded(), result.problems().toString());
            builds.add(read(dir.resolve(name)));
        }
        assertEquals(300, builds.get(0).size());
        assertEquals(builds.get(0), builds.get(1));
    }

    private static Path generate(int count, String name) throws Exception {
        Path corpus = dir.resolve(name);
        Path generator = Path.of(System.getProperty("bangtin.sharedDir", "../../shared"), "bench/gen-corpus.py");
        Process python = new ProcessBuilder("python3", generator.toString(), "--count", Integer.toString(count),
                "--out", corpus.toString()).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        assertTrue(python.waitFor(5, TimeUnit.MINUTES) && python.exitValue() == 0,
                () -> "gen-corpus.py failed: " + readLog(dir.resolve(name + ".log")));
        return corpus;
    }

    private static Map<String, Page> read(Path site) throws IOException {
        Map<String, Page> read = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("index.html")).sorted().toList()) {
                Document html = Jsoup.parse(file.toFile());
                if (!html.select("article.notice").isEmpty()) {
                    String url = "/" + site.relativize(file.getParent()).toString().replace('\\', '/') + "/";
                    Element section = html.selectFirst("section.related");
                    read.put(url, new Page(url, html.selectFirst(".notice-category a").text(),
                            html.select(".tags a").eachText().subList(0, 2),
                            html.select(".notice-dates time").last().attr("datetime"),
                            section == null ? List.of() : section.select("li a").eachAttr("href"),
                            section != null && section.hasClass("related-latest")));
                }
            }
        }
        return read;
    }

    private static String readLog(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
