package org.bangtin.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dates of portal pages, as the imported notice's front matter writes them. */
class PageDateTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Thứ sáu, 29/03/2019 | 2019-03-29",
        "Thứ sáu, 15/11/2019 - 14h30 | 2019-11-15T14:30",
        "Thứ Năm, ngày 05 tháng 9 năm 2019 | 2019-09-05",
        "2019-09-05 10:20 | 2019-09-05T10:20",
        "2019-09-05T10:20:00 | 2019-09-05T10:20",
        "05-09-2019 | 2019-09-05",
        "20/11/2019 2:45:10 CH | 2019-11-20T14:45",
        "20/11/2019 9:05 SA | 2019-11-20T09:05",
        "20/11/2019 12:10 SA | 2019-11-20T00:10",
        "11/20/2019 | ",
        "20/11/2019 7:30 PM | 2019-11-20T19:30",
        "Tổng: 1.234.567 | ",
    })
    void aDateAsThePageShowsIt(String text, String frontMatter) {
        assertEquals(Optional.ofNullable(frontMatter), PageDate.any(text).map(found -> found.date().frontMatter()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ngày đăng: 05-09-2019 | 2019-09-05",
        "Ngày đăng: Thứ Năm, ngày 05 tháng 9 năm 2019 | 2019-09-05",
        "Ngày đăng: 20/11/2019 2:45:10 CH | 2019-11-20T14:45",
        "Đăng ngày 2019-09-05 10:20 | 2019-09-05T10:20",
    })
    void aLabelledPostingDate(String text, String frontMatter) {
        assertEquals(Optional.of(frontMatter), PageDate.posted(text).map(found -> found.date().frontMatter()));
    }
}
