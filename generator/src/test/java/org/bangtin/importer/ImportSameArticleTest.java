package org.bangtin.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One article saved under two addresses (a news page and a documents page): one notice, both
 * addresses, whether the two are imported in one run or the second in a later one.
 */
class ImportSameArticleTest {
    private static final Path MIRROR = Path.of("src/test/resources/import/same-article/ubnd-cu.example.gov.vn");
    private static final String NOTICE = "2019/thong-bao-40-tb-ubnd-ve-lich-nghi-tet-nguyen-dan-ky-hoi.md";

    @TempDir
    Path out;

    @Test
    void becomesOneNoticeWithBothOldAddresses() throws IOException {
        ImportReport report = new Importer(ProfileReader.defaults()).run(List.of(MIRROR), out);

        assertEquals("""
                ---
                title: "Thông báo 40/TB-UBND về lịch nghỉ Tết Nguyên đán Kỷ Hợi"
                date: 2019-01-20T08:15
                author: "Cái Dung"
                number: "40/TB-UBND"
                type: "Thông báo"
                aliases:
                  - "/tin-tuc/thong-bao-40.html"
                  - "/van-ban/tb-40.html"
                ---

                UBND huyện thông báo lịch nghỉ Tết Nguyên đán Kỷ Hợi năm 2019 đối với cán bộ, công chức, viên chức và người \
                lao động trong các cơ quan hành chính.
                """, Files.readString(out.resolve(NOTICE)));
        assertEquals(List.of(NOTICE), report.imported().stream().map(ImportReport.Imported::notice).toList());
        String shown = "same article as tin-tuc/thong-bao-40.html: its address /van-ban/tb-40.html is added to " + NOTICE
                + "'s aliases";
        assertEquals(List.of(new ImportReport.Skipped("van-ban/tb-40.html", shown)), report.skipped());
        assertEquals("same article as van-ban/tb-40.html: its address /van-ban/tb-40.html is added to " + NOTICE
                + "'s aliases", report.imported().get(0).notes().get(report.imported().get(0).notes().size() - 1));
    }

    @Test
    void aSecondRunImportsNeitherAgain() throws IOException {
        new Importer(ProfileReader.defaults()).run(List.of(MIRROR), out);
        String first = Files.readString(out.resolve(NOTICE));

        ImportReport again = new Importer(ProfileReader.defaults()).run(List.of(MIRROR), out);

        assertEquals(List.of(), again.imported());
        assertEquals(List.of("tin-tuc/thong-bao-40.html", "van-ban/tb-40.html"),
                again.skipped().stream().map(ImportReport.Skipped::source).toList());
        assertEquals(first, Files.readString(out.resolve(NOTICE)));
    }

    @Test
    void anAddressSavedAfterTheFirstRunGoesToTheNoticeOfItsArticle() throws IOException {
        Path mirror = savedFirst("tin-tuc/thong-bao-40.html");
        new Importer(ProfileReader.defaults()).run(List.of(mirror), out.resolve("content"));
        save(mirror, "van-ban/tb-40.html");

        ImportReport later = new Importer(ProfileReader.defaults()).run(List.of(mirror), out.resolve("content"));

        assertEquals(List.of(), later.imported());
        assertEquals(List.of(new ImportReport.Skipped("van-ban/tb-40.html", "same article as " + NOTICE + ", imported"
                + " before: its address /van-ban/tb-40.html is added to " + NOTICE + "'s aliases")),
                later.skipped().stream().filter(s -> s.source().startsWith("van-ban")).toList());
        assertEquals(List.of(NOTICE), noticesIn(out.resolve("content")));
        assertTrue(Files.readString(out.resolve("content").resolve(NOTICE)).contains("""
                aliases:
                  - "/tin-tuc/thong-bao-40.html"
                  - "/van-ban/tb-40.html"
                ---
                """));

        ImportReport third = new Importer(ProfileReader.defaults()).run(List.of(mirror), out.resolve("content"));

        assertEquals(List.of("already imported", "already imported"),
                third.skipped().stream().map(s -> s.reason().replaceFirst(":.*", "")).toList());
    }

    @Test
    void aliasesAnEditorRewroteAreLeftForTheEditor() throws IOException {
        Path mirror = savedFirst("tin-tuc/thong-bao-40.html");
        new Importer(ProfileReader.defaults()).run(List.of(mirror), out.resolve("content"));
        Path notice = out.resolve("content").resolve(NOTICE);
        String edited = Files.readString(notice).replace("aliases:\n  - \"/tin-tuc/thong-bao-40.html\"",
                "aliases: [\"/tin-tuc/thong-bao-40.html\"]");
        Files.writeString(notice, edited);
        save(mirror, "van-ban/tb-40.html");

        ImportReport later = new Importer(ProfileReader.defaults()).run(List.of(mirror), out.resolve("content"));

        assertEquals(edited, Files.readString(notice));
        assertEquals(List.of(NOTICE), noticesIn(out.resolve("content")));
        assertTrue(later.format().contains("add /van-ban/tb-40.html to " + NOTICE + "'s aliases by hand"), later.format());
    }

    @Test
    void anArticleChangedSinceItsImportGetsANoticeOfItsOwn() throws IOException {
        Path mirror = savedFirst("tin-tuc/thong-bao-40.html");
        new Importer(ProfileReader.defaults()).run(List.of(mirror), out.resolve("content"));
        Path notice = out.resolve("content").resolve(NOTICE);
        Files.writeString(notice, Files.readString(notice).replace("Kỷ Hợi năm 2019", "Kỷ Hợi 2019"));
        save(mirror, "van-ban/tb-40.html");

        ImportReport later = new Importer(ProfileReader.defaults()).run(List.of(mirror), out.resolve("content"));

        assertEquals(List.of("van-ban/tb-40.html -> " + NOTICE.replace(".md", "-2.md")),
                later.imported().stream().map(i -> i.source() + " -> " + i.notice()).toList());
    }

    /** A mirror holding only {@code page} of the two. */
    private Path savedFirst(String page) throws IOException {
        Path mirror = out.resolve("mirror");
        save(mirror, page);
        return mirror;
    }

    private static void save(Path mirror, String page) throws IOException {
        Files.createDirectories(mirror.resolve(page).getParent());
        Files.copy(MIRROR.resolve(page), mirror.resolve(page));
    }

    private static List<String> noticesIn(Path content) throws IOException {
        try (var files = Files.walk(content)) {
            return files.filter(f -> f.toString().endsWith(".md")).map(f -> content.relativize(f).toString()).sorted().toList();
        }
    }
}
