package org.bangtin.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigReaderTest {
    @TempDir
    Path root;
    private final Diagnostics problems = new Diagnostics();

    private SiteConfig read(String yaml) throws IOException {
        Files.writeString(root.resolve("site.yml"), yaml);
        return SiteConfigReader.read(root, problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void everyKeyHasADefault() {
        SiteConfig config = SiteConfigReader.read(root, problems);
        assertEquals(SiteConfig.defaults(), config);
        assertEquals(5, config.relatedCount());
        assertEquals(20L * 1024 * 1024, config.attachmentWarnSize());
        assertEquals(List.of(), reported());
    }

    @Test
    void readsEveryKey() throws IOException {
        SiteConfig config = read("""
                title: "Cổng thông tin huyện Phú Xuân"
                description: "Tin tức"
                baseUrl: "https://phuxuan.example.gov.vn/tin-tuc/"
                language: en
                timeZone: Asia/Bangkok
                pageSize: 20
                categories: [Thông báo, Kế hoạch]
                relatedCount: 8
                attachmentWarnSize: 50
                footer:
                  - "Địa chỉ: số 1"
                badge:
                  text: "Tín nhiệm mạng"
                  url: "https://tinnhiemmang.vn"
                """);
        assertEquals(List.of(), reported());
        assertEquals("https://phuxuan.example.gov.vn/tin-tuc", config.baseUrl());
        assertEquals("/tin-tuc", config.basePath());
        assertEquals(20, config.pageSize());
        assertEquals(8, config.relatedCount());
        assertEquals(50L * 1024 * 1024, config.attachmentWarnSize());
        assertEquals("en", config.language());
        assertEquals(List.of("Thông báo", "Kế hoạch"), config.categories());
        assertEquals(new Badge("Tín nhiệm mạng", "https://tinnhiemmang.vn", null), config.badge());
    }

    @Test
    void unknownKeysAreErrorsWithDidYouMean() throws IOException {
        read("""
                title: "X"
                pagesize: 10
                colour: blue
                """);
        assertEquals(List.of(
                "site.yml:2: error: unknown field 'pagesize' in site.yml\n    hint: did you mean 'pageSize'?",
                "site.yml:3: error: unknown field 'colour' in site.yml\n    hint: known fields: title, description, baseUrl, "
                        + "language, timeZone, pageSize, categories, footer, badge, issuer, expired, feedContent, relatedCount, "
                        + "attachmentWarnSize"),
                reported().stream().map(s -> s.replace(System.lineSeparator(), "\n")).toList());
    }

    @Test
    void badValuesNameTheirKeyAndLine() throws IOException {
        read("""
                baseUrl: phuxuan.gov.vn
                pageSize: 0
                timeZone: Hà Nội
                relatedCount: 100
                """);
        assertEquals(List.of(
                "site.yml:1: error: 'baseUrl': \"phuxuan.gov.vn\" is not a site address: it does not begin with https://"
                        + " or http://",
                "site.yml:2: error: 'pageSize' must be a whole number from 1 to 1000, not the number 0",
                "site.yml:3: error: unknown time zone \"Hà Nội\"",
                "site.yml:4: error: 'relatedCount' must be a whole number from 1 to 50, not the number 100"),
                problems.sorted().stream().map(d -> d.location() + ": error: " + d.message()).toList());
    }

    @Test
    void aBaseUrlEndingInAPagesFileNameIsRefusedWithTheFolderToWriteInstead() throws IOException {
        read("title: \"Phú Xuân\"\nbaseUrl: \"https://phuxuan.example.gov.vn/tin-tuc/index.html\"\n");
        assertEquals(List.of("site.yml:2: error: 'baseUrl': \"https://phuxuan.example.gov.vn/tin-tuc/index.html\" is not a"
                + " site address: it ends in a page's file name (index.html), and every address of the site would start"
                + " with it\n    hint: write, for example, 'baseUrl: \"https://phuxuan.example.gov.vn/tin-tuc\"'"),
                problems.sorted().stream().map(d -> d.format().replace(System.lineSeparator(), "\n")).toList());
    }

    @Test
    void aFileThatIsNotUtf8IsReportedWithItsLineInsteadOfGarblingTheTitle() throws IOException {
        // "UBND xã" saved as Windows-1258: 'ã' is the single byte 0xE3.
        Files.write(root.resolve("site.yml"), new byte[] {'d', 'e', 's', 'c', 'r', 'i', 'p', 't', 'i', 'o', 'n', ':', ' ',
            'x', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', 'U', 'B', 'N', 'D', ' ', 'x', (byte) 0xE3, '\n'});

        SiteConfig config = SiteConfigReader.read(root, problems);

        assertEquals(List.of("site.yml:2: error: the file is not UTF-8 text (byte 0xE3 at offset 28)"),
                problems.sorted().stream().map(d -> d.location() + ": error: " + d.message()).toList());
        assertEquals(SiteConfig.defaults().title(), config.title());
    }

    @Test
    void theIssuerIsOptionalAndNamesTheBodyNewNoticesComeFrom() throws IOException {
        assertEquals(null, SiteConfig.defaults().issuer());
        SiteConfig config = read("issuer: \"UBND huyện Phú Xuân\"\n");
        assertEquals(List.of(), reported());
        assertEquals("UBND huyện Phú Xuân", config.issuer());
    }

    @Test
    void expiredNoticesAndFeedContentAreChosenByWord() throws IOException {
        SiteConfig config = read("""
                expired: hide
                feedContent: full
                """);
        assertEquals(ExpiredNotices.HIDE, config.expired());
        assertEquals(FeedContent.FULL, config.feedContent());
        assertEquals(ExpiredNotices.MARK, SiteConfig.defaults().expired());

        read("""
                expired: xoa
                feedContent: true
                """);
        assertEquals(List.of(
                "site.yml:1: error: 'expired' must be one of keep, mark, hide, not \"xoa\"",
                "site.yml:2: error: 'feedContent' must be one of summary, full, not \"true\""),
                problems.sorted().stream().map(d -> d.location() + ": error: " + d.message()).toList());
    }
}
