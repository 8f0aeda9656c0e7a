package org.bangtin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The naming scheme 'bangtin new' learns from the files a site has. */
class NoticeLayoutTest {
    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-29T16:40+07:00[Asia/Ho_Chi_Minh]");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a new site                 |                                                                  | notices/2026/tin-moi.md",
        "year folders               | notices/2019/a.md notices/2020/b/index.md notices/2021/c.md       | notices/2026/tin-moi.md",
        "a folder per notice        | tin/2019/a/index.md tin/2020/b/index.md tin/2020/c.md           | tin/2026/tin-moi/index.md",
        "year and month folders     | bai-viet/2019/03/a.md bai-viet/2020/11/b.md                       | bai-viet/2026/11/tin-moi.md",
        "dated names                | tin/2019-03-27-a.md tin/2020-01-02-b.md README.md                  | tin/2026-11-29-tin-moi.md",
        "undated files do not count | gioi-thieu.md lien-he.md thong-bao/2019/a.md                      | thong-bao/2026/tin-moi.md",
    })
    void theSchemeMostFilesFollowIsUsed(String name, String files, String expected) {
        List<Path> paths = files == null ? List.of() : Arrays.stream(files.split(" ")).map(Path::of).toList();

        assertEquals(Path.of(expected), NoticeLayout.of(paths).fileFor(NOW, "tin-moi"), name);
    }
}
