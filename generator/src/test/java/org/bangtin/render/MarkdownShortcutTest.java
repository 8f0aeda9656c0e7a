package org.bangtin.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.bangtin.TestSites;
import org.bangtin.content.SpecExample;
import org.bangtin.diag.Diagnostics;
import org.bangtin.text.TextStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain Markdown skips the sanitizer ({@link SanitizedForm}, {@link BodyText}): its HTML, plain
 * text and excerpt must be what the sanitizer gives, byte for byte, for every body.
 */
class MarkdownShortcutTest {
    /** Pieces of text that the two ways must treat alike: escapes, spaces of every kind, marks. */
    private static final String[] WORDS = {"Kế hoạch", "bình đẳng giới", "UBND huyện", "số 925/KH-UBND",
        "\"trích dẫn\"", "'nháy đơn'", "a & b", "1 < 2 > 0", "&copy; 2019", "&quot;thực thể&quot;", "&amp;",
        "không\u00a0ngắt", "&nbsp;cách", "khoảng\u200btrắng", "gạch\u00admềm", "biểu tượng 😀", "tab\there",
        "  nhiều   dấu cách  ", "dòng\ttab", "‘ngoặc’", "—", "…"};
    /** Inline Markdown around a piece of text ({@code %s}): emphasis, code, links of every kind, breaks. */
    private static final String[] INLINE = {"**%s**", "_%s_", "`mã %s`", "~~%s~~", "***%s***", "\\*%s\\*",
        "`` `%s` ``", "%s  \n", "%s\\\n", "%s\n", "[%s](https://vi.wikipedia.org/wiki/A?x=1&y=\"2\")",
        "[%s](ke-hoach.pdf)", "[%s](khac.md#muc-1)", "![%s](so-do.png \"tiêu đề \\\"x\\\"\")", "[%s](#muc-2)",
        "[%s](/lien-he/)", "[%s](mailto:vanthu@ubnd.gov.vn)", "[%s](tel:+842363)", "[%s](HTTPS://X.VN)",
        "[**%s**](https://x.vn \"tựa\")", "https://example.gov.vn/a_b?c=%%20", "lienhe@ubnd.gov.vn",
        "<https://chinhphu.vn>", "![](https://example.gov.vn/anh.png)", "www.ubnd.gov.vn/lich", "http:\\/\\/x.vn/a",
        "vanthu&#64;ubnd.gov.vn", "https&#58;//x.vn"};
    /** Blocks with up to four pieces of inline text: headings, lists, quotes, code, rules, tables. */
    private static final String[] BLOCK = {"## %s\n", "# %s #\n", "%s\n===\n", "%s\n", "- %s\n- %s\n",
        "1. %s\n2. %s\n", "3. %s\n\n4. %s\n", "- %s\n\n  %s\n- %s\n", "- %s\n  1. %s\n  2. %s\n", "* %s\n\n* %s\n",
        "- [ ] %s\n", "- \n", "> %s\n> - %s\n", "> ```\n> %s\n> ```\n", "```java\n%s\n\n  %s\n```\n", "```\n```\n",
        "    %s\n\n    %s\n", "---\n", "| %s | %s |\n| --- | ---: |\n| %s | %s |\n"};

    @TempDir
    Path root;
    private Map<Path, String> noticeUrls;

    @BeforeEach
    void site() {
        TestSites.at(root).file("tin/ke-hoach.pdf", "%PDF-1.4").file("tin/so-do.png", "png")
                .notice("tin/khac.md", "Khác", "2019-03-01", "", "");
        noticeUrls = Map.of(root.resolve("tin/khac.md").toAbsolutePath().normalize(), "/2019/03/khac/");
    }

    @Test
    void randomPlainMarkdownGetsTheSanitizersBytes() {
        Random random = new Random(925);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            bodies.add(randomBody(random));
        }
        long shortcuts = assertSameAsSanitizer(bodies);
        assertTrue(shortcuts > bodies.size() * 9 / 10, shortcuts + " of " + bodies.size() + " bodies skipped the sanitizer");
    }

    @Test
    void theExampleSitesNoticesGetTheSanitizersBytes() throws IOException {
        Path content = Path.of(System.getProperty("bangtin.exampleSite", "../content"));
        List<String> bodies;
        try (Stream<Path> files = Files.walk(content)) {
            bodies = files.filter(f -> f.toString().endsWith(".md")).sorted().map(MarkdownShortcutTest::body).toList();
        }
        assertTrue(bodies.size() >= 40, bodies.size() + " notices in " + content);
        assertEquals(bodies.size(), assertSameAsSanitizer(bodies),
                "example notices that skipped the sanitizer (all are plain Markdown: the shortcut must serve real notices)");
    }

    @Test
    void theMarkdownSpecExamplesGetTheSanitizersBytes() {
        assertSameAsSanitizer(SpecExample.read("/spec/markdown.txt").stream().map(SpecExample::input).toList());
    }

    @Test
    void rawHtmlUnusualSchemesAndControlCharactersGoThroughTheSanitizer() {
        List<String> bodies = List.of("Chữ <b onclick=\"x()\">đậm</b>", "<div>khối</div>\n\nđoạn",
                "[x](javascript:alert(1))", "[x](data:text/html,a)", "![x](data:image/png;base64,AA)",
                "![x](ftp://a.vn/b.png)", "[x](//evil.example/a)", "[x](irc://a.vn)", "chuông\u0007", "tab dọc\u000b",
                "nửa \ud83d cặp");
        assertEquals(0, assertSameAsSanitizer(bodies), "bodies that skipped the sanitizer");
    }

    @Test
    void bareAddressesBecomeLinksHoweverTheyAreWritten() {
        Map<String, String> links = Map.of("Xem https://chinhphu.vn/a?b=1.", "https://chinhphu.vn/a?b=1",
                "Xem www.chinhphu.vn.", "http://www.chinhphu.vn", "Gửi vanthu@ubnd.gov.vn.", "mailto:vanthu@ubnd.gov.vn",
                "Xem http:\\/\\/chinhphu.vn.", "http://chinhphu.vn", "Gửi vanthu&#64;ubnd.gov.vn.",
                "mailto:vanthu@ubnd.gov.vn", "Xem https&#58;//chinhphu.vn.", "https://chinhphu.vn");
        MarkdownRenderer renderer = new MarkdownRenderer(root, TextStore.inMemory());
        links.forEach((markdown, href) -> assertTrue(render(renderer, markdown).html().contains("<a href=\"" + href + "\">"),
                markdown + " gives " + render(renderer, markdown).html()));
        assertEquals(List.of(), links.keySet().stream().filter(m -> !MarkdownRenderer.mayHoldBareAddress(m)).toList());
        assertFalse(MarkdownRenderer.mayHoldBareAddress("Kế hoạch số 925/KH-UBND: [xem](khac.md), **www**"));
    }

    /** Renders each body both ways and compares; returns how many skipped the sanitizer. */
    private long assertSameAsSanitizer(List<String> bodies) {
        MarkdownRenderer shortcut = new MarkdownRenderer(root, TextStore.inMemory(), true);
        MarkdownRenderer sanitizer = new MarkdownRenderer(root, TextStore.inMemory(), false);
        for (String markdown : bodies) {
            RenderedBody expected = render(sanitizer, markdown);
            RenderedBody actual = render(shortcut, markdown);
            assertAll("Markdown:\n" + markdown,
                    () -> assertEquals(expected.html(), actual.html(), "html"),
                    () -> assertEquals(expected.text(), actual.text(), "text"),
                    () -> assertEquals(expected.excerpt(), actual.excerpt(), "excerpt"));
        }
        return shortcut.bodiesWithoutSanitizer();
    }

    private RenderedBody render(MarkdownRenderer renderer, String markdown) {
        return renderer.render(MarkdownSpecTest.notice(root.resolve("tin/notice.md"), markdown), "/2019/03/x/", noticeUrls,
                new Diagnostics());
    }

    private static String randomBody(Random random) {
        StringBuilder body = new StringBuilder();
        int blocks = 1 + random.nextInt(6);
        for (int b = 0; b < blocks; b++) {
            String block = BLOCK[random.nextInt(BLOCK.length)];
            Object[] parts = new Object[4];
            for (int p = 0; p < parts.length; p++) {
                parts[p] = randomLine(random);
            }
            body.append(String.format(block, parts)).append(random.nextInt(4) == 0 ? "" : "\n");
        }
        return body.toString();
    }

    private static String randomLine(Random random) {
        StringBuilder line = new StringBuilder();
        int pieces = 1 + random.nextInt(5);
        for (int i = 0; i < pieces; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            line.append(random.nextBoolean() ? word : String.format(INLINE[random.nextInt(INLINE.length)], word));
            line.append(random.nextInt(3) == 0 ? "" : " ");
        }
        return line.toString().strip();
    }

    private static String body(Path file) {
        try {
            String text = Files.readString(file);
            return text.substring(text.indexOf("\n---", 3) + "\n---".length());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
