package org.bangtin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.bangtin.TestSites;
import org.bangtin.content.Attachment;
import org.bangtin.content.DocumentInfo;
import org.bangtin.content.Notice;
import org.bangtin.content.SpecExample;
import org.bangtin.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the examples of spec/markdown.txt: a notice body in, published HTML and the problems told out. */
class MarkdownSpecTest {
    @TempDir
    Path root;

    static List<SpecExample> examples() {
        return SpecExample.read("/spec/markdown.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(SpecExample example) {
        TestSites.at(root).file("tin/ke-hoach.pdf", "%PDF-1.4").file("tin/so-do.png", "png")
                .file("tin/Kế hoạch số 12.pdf", "%PDF-1.4").notice("tin/khac.md", "Khác", "2019-03-01", "", "");
        Notice notice = notice(root.resolve("tin/notice.md"), example.input());
        Diagnostics problems = new Diagnostics();
        RenderedBody body = new MarkdownRenderer(root).render(notice, "/2019/03/x/",
                Map.of(root.resolve("tin/khac.md").toAbsolutePath().normalize(), "/2019/03/khac/"), problems);

        String[] expected = example.expected().split("(?:^|\n)>>>\n", 2);
        String told = String.join("\n", problems.sorted().stream().map(d -> d.format().replace(System.lineSeparator(), "\n"))
                .toList());
        assertEquals(expected[0], body.html().strip(),
                () -> "example '" + example.title() + "' of " + example.source() + ", input:\n" + example.input());
        assertEquals(expected.length > 1 ? expected[1] : "", told,
                () -> "problems of example '" + example.title() + "' of " + example.source() + ", input:\n" + example.input());
    }

    @Test
    void theFilesOfRawHtmlArePublishedBesideThePage() {
        TestSites.at(root).file("tin/ke-hoach.pdf", "%PDF-1.4").file("tin/so-do.png", "png");
        Notice notice = notice(root.resolve("tin/notice.md"), "<img src=\"so-do.png\">\n\n<a href=\"ke-hoach.pdf\">KH</a>\n");
        RenderedBody body = new MarkdownRenderer(root).render(notice, "/2019/03/x/", Map.of(), new Diagnostics());

        assertEquals(List.of("so-do.png", "ke-hoach.pdf"), body.linkedFiles().stream().map(Attachment::outputName).toList());
    }

    static Notice notice(Path file, String markdown) {
        ZonedDateTime date = ZonedDateTime.parse("2019-03-27T00:00+07:00[Asia/Ho_Chi_Minh]");
        return new Notice(file.toAbsolutePath().normalize(), Path.of("tin/notice.md"),
                file.toAbsolutePath().normalize().getParent(), "Thông báo", date, null, null, null, List.of(), null,
                false, null, null, DocumentInfo.NONE, List.of(), null, Map.of(), markdown, 5, Map.of());
    }
}
