package org.bangtin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bangtin.TestPdfs;
import org.bangtin.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code bangtin check}, {@code build --strict} and {@code build --now} as a user meets them. */
class CheckCommandTest extends CommandLineTest {
    @TempDir
    Path dir;

    private Path content(String body, String frontMatter) {
        return TestSites.at(dir.resolve("content"))
                .notice("tin/a.md", "Thông báo", "2024-03-29", frontMatter + "author: \"Cái Dung\"\n", body)
                .notice("tin/b.md", "Tin B", "2024-03-28", "author: \"Cái Dung\"\n", "## Lịch họp\n\nNội dung.").root();
    }

    private List<String> errorLines() {
        return err.toString().lines().filter(l -> !l.startsWith("    hint:")).toList();
    }

    @Test
    void aCleanSiteChecksWithExitZeroAndLeavesNothingBehind() throws Exception {
        Path content = content("[Tin B](b.md#lịch-họp) và [lưu trữ](/luu-tru/#nam-2024)", "");

        assertEquals(0, run("check", content.toString()), err.toString());
        assertEquals("No broken links: 2 notices and 12 pages checked." + System.lineSeparator(), out.toString());
        assertFalse(Files.exists(content.resolve("target")));
    }

    @Test
    void eachKindOfBrokenLinkIsReportedWithItsFileAndLineAndExitOne() {
        Path content = content("[Không có](/2024/03/khong-co/)\n\n[Mục thiếu](b.md#muc-thieu)\n\n[Tệp](ke-hoach.pdf)",
                "attachments: [\"quyet-dinh.pdf\"]\n");

        assertEquals(1, run("check", content.toString()));
        String file = content.resolve("tin/a.md").toString().replace('\\', '/');
        assertEquals(List.of(
                file + ":4: error: attachment 'quyet-dinh.pdf' not found (looked for tin/quyet-dinh.pdf)",
                file + ":7: error: broken link to /2024/03/khong-co/: the site has no page or file at /2024/03/khong-co/",
                file + ":9: error: missing anchor in link to /2024/03/tin-b/#muc-thieu: /2024/03/tin-b/ has no element"
                        + " with id 'muc-thieu'",
                file + ":11: error: attachment 'ke-hoach.pdf' not found (looked for tin/ke-hoach.pdf)",
                "Check failed: 4 errors (" + file + ":4), 0 warnings."), errorLines());

        TestSites.at(content).bytes("tin/quyet-dinh.pdf", TestPdfs.text("Quyết định về việc công bố thủ tục hành chính."));
        err.getBuffer().setLength(0);
        assertEquals(1, run("check", content.toString()));
        assertEquals(List.of(
                file + ":7: error: broken link to /2024/03/khong-co/: the site has no page or file at /2024/03/khong-co/",
                file + ":9: error: missing anchor in link to /2024/03/tin-b/#muc-thieu: /2024/03/tin-b/ has no element "
                        + "with id 'muc-thieu'",
                file + ":11: error: attachment 'ke-hoach.pdf' not found (looked for tin/ke-hoach.pdf)",
                "Check failed: 3 errors (" + file + ":7), 0 warnings."), errorLines());
    }

    @Test
    void aMissingAnchorFailsABuildOnlyWhenStrict() {
        Path content = content("[Mục thiếu](b.md#muc-thieu)", "");
        String file = content.resolve("tin/a.md").toString().replace('\\', '/');

        assertEquals(0, run("build", content.toString(), "-o", dir.resolve("out").toString(), "-q"));
        assertEquals(List.of(file + ":6: warning: missing anchor in link to /2024/03/tin-b/#muc-thieu: /2024/03/tin-b/ has no "
                + "element with id 'muc-thieu'"), errorLines());
        err.getBuffer().setLength(0);
        assertEquals(1, run("build", content.toString(), "-o", dir.resolve("out").toString(), "--strict"));
        assertTrue(errorLines().get(0).contains(":6: error: missing anchor"), err.toString());
    }

    @Test
    void nowSetsTheBuildClock() {
        Path content = content("Nội dung.", "publish: 2030-01-01\n");
        String file = content.resolve("tin/a.md").toString().replace('\\', '/');

        assertEquals(0, run("build", content.toString(), "-o", dir.resolve("out").toString(), "-q", "--now", "2029-12-31"));
        assertEquals(List.of(file + ":4: note: scheduled for 01/01/2030 00:00: not published in this build"), errorLines());
        assertFalse(Files.exists(dir.resolve("out/2024/03/thong-bao")));

        err.getBuffer().setLength(0);
        assertEquals(0, run("build", content.toString(), "-o", dir.resolve("out").toString(), "-q", "--now", "2030-01-01 00:00"));
        assertEquals("", err.toString());
        assertTrue(Files.exists(dir.resolve("out/2024/03/thong-bao/index.html")));

        assertEquals(2, run("build", content.toString(), "--now", "mai"));
        assertTrue(err.toString().contains("'mai' is not a date such as 2026-12-01 or 2026-12-01T08:30"), err.toString());
    }
}
