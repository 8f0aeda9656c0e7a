package org.bangtin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bangtin.TestPdfs;
import org.bangtin.TestSites;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code build --strict}, {@code build --access-log} and {@code build --cache-dir} from the command line. */
class BuildOptionsTest extends CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void strictFailsOnADocumentWarning() {
        Path content = TestSites.at(dir.resolve("content"))
                .notice("a.md", "Kế hoạch", "2019-03-27", "author: \"Cái Dung\"\nnumber: \"12/TB-UBND\"\ntype: \"Kế hoạch\"\n", "X")
                .root();

        assertEquals(0, run("build", content.toString(), "-o", dir.resolve("out").toString()));
        assertTrue(out.toString().contains("(1 warning)"), out.toString());

        assertEquals(1, run("build", content.toString(), "-o", dir.resolve("out").toString(), "--strict"));
        assertTrue(err.toString().contains(content.resolve("a.md") + ":5: error: 'number' 12/TB-UBND has the abbreviation TB"),
                err.toString());
    }

    @Test
    void accessLogsGiveTheCountsAndGarbageIsOnlyAWarning() throws IOException {
        Path content = TestSites.at(dir.resolve("content"))
                .notice("a.md", "Thông báo", "2019-03-27", "author: \"Cái Dung\"\n", "X").root();
        Path log = Files.writeString(dir.resolve("access.log"),
                "1.2.3.4 - - [29/Nov/2026:08:00:00 +0700] \"GET /2019/03/thong-bao/ HTTP/1.1\" 200 10 \"-\" \"Mozilla/5.0\"\n"
                        + "rác\n");

        int exit = run("build", content.toString(), "-o", dir.resolve("out").toString(), "--access-log", log.toString());

        assertEquals(0, exit, err.toString());
        assertTrue(err.toString().contains(log.toAbsolutePath() + ":2: warning: 1 of 2 lines are not in the Combined Log Format"),
                err.toString());
        assertEquals("Lượt xem: 1", Jsoup.parse(dir.resolve("out/2019/03/thong-bao/index.html").toFile())
                .selectFirst(".notice-views").text());
    }

    @Test
    void theSummaryCountsThePdfsAndNamesTheScansAndTheCacheGoesWhereItIsTold() {
        Path content = TestSites.at(dir.resolve("content"))
                .bytes("kh/ke-hoach.pdf", TestPdfs.text("Kế hoạch tổ chức Ngày hội đại đoàn kết toàn dân tộc năm 2024."))
                .notice("kh/index.md", "Kế hoạch", "2024-03-27", "author: \"Cái Dung\"\nattachments: [ke-hoach.pdf]\n", "")
                .bytes("qd/qd.pdf", TestPdfs.scan())
                .notice("qd/index.md", "Quyết định", "2024-03-28", "author: \"Cái Dung\"\nattachments: [qd.pdf]\n", "")
                .root();
        Path cache = dir.resolve("cache");

        assertEquals(0, run("build", content.toString(), "-o", dir.resolve("out").toString(), "--cache-dir", cache.toString()));
        assertTrue(out.toString().contains("\n  2 PDFs, 2 pages; 1 without a text layer, found by title and details only:"
                + " qd/qd.pdf\n"), out.toString());
        assertTrue(Files.isDirectory(cache));
        assertTrue(Files.notExists(content.resolve("target")));

        assertEquals(0, run("build", content.toString(), "-o", dir.resolve("out").toString(), "--cache-dir", cache.toString()));
        assertTrue(out.toString().contains("\n  2 PDFs, 2 pages (2 unchanged, from the cache); 1 without a text layer"),
                out.toString());
    }

    @Test
    void aCacheInsideTheOutputFolderIsRefused() {
        Path content = TestSites.at(dir.resolve("content")).notice("a.md", "A", "2024-03-27", "author: \"Cái Dung\"\n", "X").root();

        assertEquals(2, run("build", content.toString(), "-o", dir.resolve("out").toString(), "--cache-dir",
                dir.resolve("out/cache").toString()));
        assertTrue(err.toString().contains("must be apart: the output folder is replaced whole on every build"), err.toString());
    }
}
