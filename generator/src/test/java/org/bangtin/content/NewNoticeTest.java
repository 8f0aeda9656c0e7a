package org.bangtin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.bangtin.TestSites;
import org.bangtin.config.SiteConfig;
import org.bangtin.config.SiteConfigReader;
import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bangtin new}: where the file goes, what it holds, and that it never replaces one. */
class NewNoticeTest {
    /** 29/11/2026 16:40 in Hà Nội. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T09:40:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final Diagnostics problems = new Diagnostics();

    private Path create(TestSites site, NewNotice.Fields fields) throws IOException {
        SiteConfig config = SiteConfigReader.read(site.root(), problems);
        return new NewNotice(site.root(), config, CLOCK).create(fields, problems);
    }

    @Test
    void anEmptySiteGetsTheNoticeInNoticesYearWithEveryFieldFilledIn() throws IOException {
        TestSites site = TestSites.at(dir).file("site.yml", "issuer: \"UBND huyện Phú Xuân\"\n");

        Path file = create(site, new NewNotice.Fields("Kế hoạch thực hiện công tác bình đẳng giới năm 2027", "Kế hoạch",
                "925/KH-UBND", "Cái Dung", null));

        assertEquals(dir.resolve("notices/2026/ke-hoach-thuc-hien-cong-tac-binh-dang-gioi-nam-2027.md"), file);
        assertEquals("""
                ---
                title: "Kế hoạch thực hiện công tác bình đẳng giới năm 2027"
                date: 2026-11-29T16:40
                author: "Cái Dung"
                type: "Kế hoạch"
                number: "925/KH-UBND"
                issuer: "UBND huyện Phú Xuân"
                ---

                Ngày 29/11/2026 UBND huyện Phú Xuân đã ban hành Kế hoạch số 925/KH-UBND.

                Viết nội dung của tin ở đây.
                """, Files.readString(file));
        assertEquals(List.of(), problems.sorted());
        assertEquals(1, new ContentLoader(dir, SiteConfig.defaults(), false).load(problems).size());
        List<String> told = site.build(dir.resolve("out")).problems().stream()
                .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message()).toList();
        assertEquals(List.of("notices/2026/ke-hoach-thuc-hien-cong-tac-binh-dang-gioi-nam-2027.md:12: warning: the text"
                + " still has the line 'bangtin new' wrote for the editor to replace (\"Viết nội dung của tin ở đây.\")"),
                told.stream().filter(t -> t.contains("bangtin new")).toList(), "a build tells the text is not written yet");
    }

    @Test
    void theSitesOwnLayoutIsFollowedAndQuotesAreEscaped() throws IOException {
        TestSites site = TestSites.at(dir)
                .notice("tin-tuc/2019/a.md", "A", "2019-03-27", "", "A")
                .notice("tin-tuc/2020/b.md", "B", "2020-03-27", "", "B")
                .notice("khac/c.md", "C", "2020-03-27", "", "C");

        Path file = create(site, new NewNotice.Fields("Thông báo \"khẩn\"", null, null, null, null));

        assertEquals(dir.resolve("tin-tuc/2026/thong-bao-khan.md"), file);
        assertEquals("---\ntitle: \"Thông báo \\\"khẩn\\\"\"\ndate: 2026-11-29T16:40\n---\n\nViết nội dung của tin ở đây.\n",
                Files.readString(file));
        assertEquals(List.of("tin-tuc/2026/thong-bao-khan.md:1: warning: the notice has no 'author'"),
                problems.sorted().stream().map(d -> d.location() + ": " + d.severity().label() + ": " + d.message()).toList());
    }

    @Test
    void anExistingFileIsRefusedAndLeftAsItWas() throws IOException {
        TestSites site = TestSites.at(dir).file("notices/2026/thong-bao.md", "mine\n");

        assertThrows(FileAlreadyExistsException.class,
                () -> create(site, new NewNotice.Fields("Thông báo", "Thông báo", null, "A", null)));
        assertEquals("mine\n", Files.readString(dir.resolve("notices/2026/thong-bao.md")));
    }

    @Test
    void aNumberThatDisagreesWithTheTypeIsReportedAtOnce() throws IOException {
        create(TestSites.at(dir), new NewNotice.Fields("Quyết định", "Quyết định", "12/KH-UBND", "A", null));

        assertEquals(List.of("notices/2026/quyet-dinh.md:6"),
                problems.sorted().stream().map(Diagnostic::location).toList());
    }

    @Test
    void withoutATypeTheNumbersAbbreviationNamesIt() throws IOException {
        Path file = create(TestSites.at(dir), new NewNotice.Fields("Thông báo nghỉ Tết", null, "95/TB-UBND", "A", null));

        assertEquals("""
                ---
                title: "Thông báo nghỉ Tết"
                date: 2026-11-29T16:40
                author: "A"
                type: "Thông báo"
                number: "95/TB-UBND"
                ---

                Ngày 29/11/2026 đã ban hành Thông báo số 95/TB-UBND.

                Viết nội dung của tin ở đây.
                """, Files.readString(file));
    }
}
