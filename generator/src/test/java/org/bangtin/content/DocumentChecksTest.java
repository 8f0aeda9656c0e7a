package org.bangtin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.bangtin.TestSites;
import org.bangtin.config.SiteConfig;
import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each document check, passing and failing, with the message an editor sees. */
class DocumentChecksTest {
    @TempDir
    Path dir;

    /** The warnings for a notice whose front matter (after title and date 2019-03-29) is {@code fields}. */
    private List<String> warnings(String fields) throws IOException {
        TestSites.at(dir).file("tin.md", "---\ntitle: \"Kế hoạch\"\ndate: 2019-03-29\n" + fields + "---\nNội dung.\n");
        Diagnostics problems = new Diagnostics();
        List<Notice> notices = new ContentLoader(dir, SiteConfig.defaults(), false).load(problems);
        assertEquals(List.of(), problems.sorted());
        new DocumentChecks().check(notices, problems);
        return problems.sorted().stream().map(Diagnostic::format).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "925/KH-UBND     | Kế hoạch",
        "05/2019/QĐ-UBND | Quyết định",
        "95/TB-UBND      | thông báo",
        "12/BC-UBND      | Báo cáo",
        "3/HD-SGDĐT      | Hướng dẫn",
        "01/CT-UBND      | Chỉ thị",
        "3420/GM-UBND    | Giấy mời",
        "77/TTr-UBND     | Tờ trình",
        "720/UBND-VP     | Công văn",
        "15/NQ-HĐND      | Nghị quyết",
        "40/KL-UBND      | Kết luận",
        "925/KH-UBND     | Loại khác",
    })
    void aNumberThatAgreesWithItsTypePasses(String number, String type) throws IOException {
        assertEquals(List.of(), warnings("author: \"Cái Dung\"\nnumber: \"" + number + "\"\ntype: \"" + type + "\"\n"));
    }

    @Test
    void aNumberNotInTheFormOfDecree30IsAWarningAtItsLine() throws IOException {
        assertEquals(List.of("tin.md:5: warning: 'number' \"Số 925 KH UBND\" is not in the form <số>/<ký hiệu> of Nghị định 30/2020"
                + System.lineSeparator() + "    hint: write the number, '/', the type's abbreviation, '-', the issuer's: 925/KH-UBND"
                + " (a Công văn: 720/UBND-VP)"),
                warnings("author: \"Cái Dung\"\nnumber: \"Số 925 KH UBND\"\ntype: \"Kế hoạch\"\n"));
    }

    @Test
    void anAbbreviationThatDisagreesWithTheTypeIsAWarningWithTheRightNumber() throws IOException {
        assertEquals(List.of("tin.md:5: warning: 'number' 925/QĐ-UBND has the abbreviation QĐ (Quyết định), but 'type' is Kế hoạch"
                + System.lineSeparator() + "    hint: a Kế hoạch is numbered <số>/KH-<issuer>: write 'number: \"925/KH-UBND\"',"
                + " or correct 'type'"),
                warnings("author: \"Cái Dung\"\nnumber: \"925/QĐ-UBND\"\ntype: \"Kế hoạch\"\n"));
    }

    @Test
    void anAbbreviationWithoutItsMarksIsNotTheAbbreviation() throws IOException {
        assertEquals(List.of("tin.md:4: warning: 'number' 05/2019/QD-UBND has the abbreviation QD, but 'type' is Quyết định"
                + System.lineSeparator() + "    hint: a Quyết định is numbered <số>/QĐ-<issuer>: write 'number: \"05/2019/QĐ-UBND\"',"
                + " or correct 'type'"),
                warnings("number: \"05/2019/QD-UBND\"\ntype: \"Quyết định\"\nauthor: \"Cái Dung\"\n"));
    }

    @Test
    void aLetterNumberedLikeAnotherTypeIsAWarning() throws IOException {
        assertEquals(List.of("tin.md:5: warning: 'type' is Công văn, but 'number' 410/TB-UBND has the abbreviation of a Thông báo (TB)"
                + System.lineSeparator() + "    hint: a Công văn is numbered <số>/<issuer>-<unit>, such as 720/UBND-VP;"
                + " or write 'type: \"Thông báo\"'"),
                warnings("author: \"Cái Dung\"\nnumber: \"410/TB-UBND\"\ntype: \"Công văn\"\n"));
    }

    @Test
    void issuedMayBeTheDayOfPostingButNotLater() throws IOException {
        assertEquals(List.of(), warnings("author: \"Cái Dung\"\nissued: 29/3/2019\n"));
        assertEquals(List.of("tin.md:5: warning: 'issued' 30/03/2019 is after 'date' 29/03/2019: a document is posted after it"
                + " is signed, not before" + System.lineSeparator()
                + "    hint: check both dates; 'issued' is the signing date, 'date' the day it was posted"),
                warnings("author: \"Cái Dung\"\nissued: 30/3/2019\n"));
    }

    @Test
    void aNoticeWithoutAuthorIsAWarningAtTheFrontMatter() throws IOException {
        assertEquals(List.of("tin.md:1: warning: the notice has no 'author'" + System.lineSeparator()
                + "    hint: add 'author: \"Họ Tên\"': every notice shows its author (Thông tư 26/2009/TT-BTTTT)"),
                warnings(""));
    }

    @Test
    void theUpdateTimeIsNotBeforeThePostingTime() throws IOException {
        assertEquals(List.of(), warnings("author: \"Cái Dung\"\nupdated: 2019-04-01 08:30\n"));
        assertEquals(List.of("tin.md:4: warning: 'updated' 28/03/2019 is before 'date' 29/03/2019" + System.lineSeparator()
                + "    hint: 'updated' is when the notice was last changed; it cannot be before it was posted"),
                warnings("updated: 2019-03-28\nauthor: \"Cái Dung\"\n"));
    }

    @Test
    void aNoticeIsInForceAfterItsPosting() throws IOException {
        assertEquals(List.of(), warnings("author: \"Cái Dung\"\nexpires: 2019-04-30\n"));
        assertEquals(List.of("tin.md:5: warning: 'expires' 01/03/2019 is not after 'date' 29/03/2019: the notice is shown"
                + " as no longer in force from the start, and left out of the home page and the feeds" + System.lineSeparator()
                + "    hint: check both dates; 'expires' is the day the notice stops being in force, after it was posted"),
                warnings("author: \"Cái Dung\"\nexpires: 2019-03-01\n"));
    }
}
