package org.bangtin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.SiteBuilder;
import org.bangtin.XmlChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The example site through real validators: the Nu Html Checker on every page, axe-core in
 * headless Chromium, the feeds' required elements and date formats, the sitemap against the
 * sitemaps.org schema, and bangtin's own link check. The tools come from tools/js (npm) and
 * Debian's chromium; run-tests.sh installs them, and a missing tool fails with what to install.
 */
class ValidatorsTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SEED = "/2019/03/thuc-hien-cong-tac-binh-dang-gioi-va-vi-su-tien-bo-cua-phu-nu-nam-2019/";
    static final Path TOOLS = Path.of(System.getProperty("bangtin.tools", "../tools/js")).toAbsolutePath().normalize();
    private static final Path OUT = Path.of("target", "validators").toAbsolutePath();
    private static final Path SITE = OUT.resolve("site");

    private static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        Files.createDirectories(OUT);
        Path content = Path.of(System.getProperty("bangtin.exampleSite", "../content"));
        // Strict: the project's own link check fails the build on any broken internal link or anchor.
        result = SiteBuilder.create().build(BuildRequest.builder().contentDir(content).outputDir(SITE).strict(true).build());
    }

    @Test
    void theExampleSiteHasNoBrokenInternalLink() {
        assertTrue(result.succeeded(), result.problems().toString());
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        Path vnu = TOOLS.resolve("node_modules/vnu-jar/build/dist/vnu.jar");
        assertTrue(Files.isRegularFile(vnu), "vnu.jar is missing at " + vnu + ": run 'npm ci --prefix tools/js' (run-tests.sh does)");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Output output = run(List.of(java.toString(), "-jar", vnu.toString(), "--errors-only", "--skip-non-html", SITE.toString()),
                300);
        assertEquals("", output.text(), "the Nu Html Checker found errors");
        assertEquals(0, output.exit(), output.text());
    }

    @Test
    void keyPagesHaveNoWcag21AaViolationsInHeadlessChromiumAndPrintCleanly() throws Exception {
        Path script = TOOLS.resolve("axe-check.mjs");
        assertTrue(Files.isDirectory(TOOLS.resolve("node_modules/axe-core")) && Files.isDirectory(
                TOOLS.resolve("node_modules/playwright-core")), "axe-core or playwright-core is missing under " + TOOLS
                        + "/node_modules: run 'npm ci --prefix tools/js' (run-tests.sh does)");
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        assertTrue(Files.isExecutable(Path.of(chromium)), "Chromium is missing at " + chromium
                + ": run 'apt-get install -y chromium chromium-driver' (run-tests.sh does)");
        Path screenshot = OUT.resolve("notice-360px.png");
        Files.deleteIfExists(screenshot);

        Output output = run(List.of(node(), script.toString(), "--jump=2019-03-30", SITE.toString(), screenshot.toString(),
                SEED, "/", "/2019/03/29/", "/chuyen-muc/ke-hoach/", "/luu-tru/", "/tim-kiem/", "/404.html"), 240);

        assertEquals(0, output.exit(), output.text());
        String json = output.text().strip();
        json = json.substring(json.lastIndexOf('\n') + 1);
        assertEquals("{\"" + SEED + "\":[],\"/\":[],\"/2019/03/29/\":[],\"/chuyen-muc/ke-hoach/\":[],\"/luu-tru/\":[],\"/tim-kiem/\":[],\"/404.html\":[]"
                + ",\"360px, menu folded\":[],\"360px, menu open\":[]",
                json.substring(0, json.indexOf(",\"print\"")), "axe-core violations by page");
        assertEquals("\"print\":{\"screenOnlyPartsShown\":[],\"sourceLine\":true}",
                json.substring(json.indexOf("\"print\""), json.indexOf(",\"jump\"")),
                "printed, the notice page shows no navigation, search or calendar, and names its source");
        assertEquals("\"jump\":{\"path\":\"/2019/03/29/?ngay=2019-03-30\",\"message\":\"Ngày 30/03/2019 không có tin; "
                + "đây là các tin của ngày gần nhất trước đó.\"}}", json.substring(json.indexOf("\"jump\"")),
                "the calendar's date field leads to the nearest earlier day with notices, and says so");
        assertTrue(Files.size(screenshot) > 10_000, "a 360 px screenshot of the notice page in " + screenshot);
    }

    @Test
    void feedsAreWellFormedWithTheRequiredElementsAndDates() throws IOException {
        List<Path> atoms = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SITE)) {
            files.filter(f -> f.getFileName().toString().equals("atom.xml")).sorted().forEach(atoms::add);
        }
        assertTrue(atoms.size() >= 2, "the site's feed and the categories' feeds: " + atoms);
        for (Path file : atoms) {
            Document atom = XmlChecks.parse(Files.readAllBytes(file));
            Element feed = atom.getDocumentElement();
            assertEquals(ATOM, feed.getNamespaceURI(), file.toString());
            for (String required : List.of("id", "title", "updated", "author")) {
                assertTrue(children(feed, ATOM, required).size() >= 1, file + " lacks " + required);
            }
            rfc3339(text(feed, ATOM, "updated"));
            List<Element> entries = children(feed, ATOM, "entry");
            assertTrue(entries.size() <= 20, file + " has " + entries.size() + " entries");
            for (Element entry : entries) {
                for (String required : List.of("id", "title", "updated", "link")) {
                    assertEquals(1, children(entry, ATOM, required).size(), file + ": an entry's " + required);
                }
                rfc3339(text(entry, ATOM, "updated"));
                rfc3339(text(entry, ATOM, "published"));
                assertTrue(children(entry, ATOM, "link").get(0).getAttribute("href").startsWith("https://"), file.toString());
            }
        }
        Element channel = children(XmlChecks.parse(Files.readAllBytes(SITE.resolve("rss.xml"))).getDocumentElement(), "",
                "channel").get(0);
        for (String required : List.of("title", "link", "description")) {
            assertEquals(1, children(channel, "", required).size(), "RSS channel " + required);
        }
        List<Element> items = children(channel, "", "item");
        assertEquals(20, items.size());
        for (Element item : items) {
            ZonedDateTime.parse(text(item, "", "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
            assertTrue(text(item, "", "link").startsWith("https://phuxuan.example.gov.vn/"));
        }
    }

    @Test
    void theSitemapFollowsTheSitemapsOrgSchemaAndLimits() throws IOException {
        byte[] sitemap = Files.readAllBytes(SITE.resolve("sitemap.xml"));
        assertEquals(List.of(), XmlChecks.validate(sitemap, "/xsd/sitemap.xsd"));
        assertTrue(sitemap.length < 50 * 1024 * 1024);
        NodeList locs = XmlChecks.parse(sitemap).getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertEquals(result.pages() - 1, locs.getLength(), "every page but 404.html");
        for (int i = 0; i < locs.getLength(); i++) {
            assertTrue(locs.item(i).getTextContent().startsWith("https://phuxuan.example.gov.vn/"));
        }
        assertEquals("Sitemap: https://phuxuan.example.gov.vn/sitemap.xml",
                Files.readAllLines(SITE.resolve("robots.txt"), StandardCharsets.UTF_8).get(3));
    }

    private static void rfc3339(String text) {
        OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String text(Element parent, String namespace, String name) {
        return children(parent, namespace, name).get(0).getTextContent();
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getLocalName().equals(name)
                    && (namespace.isEmpty() ? element.getNamespaceURI() == null : namespace.equals(element.getNamespaceURI()))) {
                found.add(element);
            }
        }
        return found;
    }

    private static String node() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "node"))) {
                return Path.of(dir, "node").toString();
            }
        }
        throw new AssertionError("node is missing: install Node.js 18 or newer (run-tests.sh needs it for tools/js)");
    }

    record Output(int exit, String text) {
    }

    /** Runs a tool, its output to a file under target/ (no pipe to fill up), within a time limit. */
    static Output run(List<String> command, int seconds) throws IOException, InterruptedException {
        Files.createDirectories(OUT);
        Path log = Files.createTempFile(OUT, "tool-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish in " + seconds + " s: " + Files.readString(log));
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Output(process.exitValue(), text);
    }

}
