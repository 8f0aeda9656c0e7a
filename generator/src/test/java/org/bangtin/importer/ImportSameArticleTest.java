package org.bangtin.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One article saved under two addresses (a news page and a documents page): one notice, both addresses. */
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
}
