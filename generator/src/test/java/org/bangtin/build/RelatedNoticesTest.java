package org.bangtin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.bangtin.BuildResult;
import org.bangtin.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Các tin khác" on built notice pages: a small site where the right answer is clear (three
 * notices on the gender-equality plan and its action month, three on rice farming), the relevance
 * floor, near-duplicates, pinned notices and the number of notices listed.
 */
class RelatedNoticesTest {
    private static final String GENDER_PLAN = "/2019/03/ke-hoach-thuc-hien-cong-tac-binh-dang-gioi-nam-2019/";
    private static final String GENDER_MONTH = "/2019/11/to-chuc-thang-hanh-dong-vi-binh-dang-gioi-va-phong-ngua-bao-luc-gioi/";
    private static final String GENDER_REPORT = "/2019/12/bao-cao-ket-qua-thuc-hien-cong-tac-binh-dang-gioi-vi-su-tien-bo-cua-phu-nu-nam/";
    private static final String RICE_PLAN = "/2019/01/ke-hoach-san-xuat-vu-dong-xuan-2019/";
    private static final String RICE_PESTS = "/2019/02/phong-tru-sau-benh-hai-lua-vu-dong-xuan/";
    private static final String RICE_HARVEST = "/2019/04/huong-dan-thu-hoach-lua-dong-xuan-va-lam-dat-vu-he-thu/";

    @TempDir
    Path dir;

    private TestSites site() {
        return TestSites.at(dir.resolve("content"))
                .notice("tin/binh-dang-gioi.md", "Kế hoạch thực hiện công tác bình đẳng giới năm 2019", "2019-03-29",
                        "category: Văn hóa - Xã hội\n", """
                        UBND huyện ban hành kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2019.
                        Mục tiêu: nâng cao nhận thức về bình đẳng giới, giảm khoảng cách giới, tăng tỷ lệ nữ cán bộ lãnh đạo.
                        Các xã tổ chức tuyên truyền Luật Bình đẳng giới, phòng ngừa bạo lực trên cơ sở giới,
                        hưởng ứng Tháng hành động vì bình đẳng giới; Hội Liên hiệp Phụ nữ huyện phối hợp thực hiện.""")
                .notice("tin/thang-hanh-dong.md", "Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa bạo lực giới",
                        "2019-11-05", "category: Văn hóa - Xã hội\n", """
                        Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới
                        từ 15/11 đến 15/12, các xã treo băng rôn, tuyên truyền Luật Bình đẳng giới, tọa đàm về vai trò
                        của phụ nữ; Hội Liên hiệp Phụ nữ huyện tổ chức mít tinh hưởng ứng.""")
                .notice("tin/bao-cao-binh-dang-gioi.md",
                        "Báo cáo kết quả thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2019", "2019-12-20",
                        "category: Văn hóa - Xã hội\n", """
                        Năm 2019, công tác bình đẳng giới và vì sự tiến bộ của phụ nữ đạt nhiều kết quả: tỷ lệ nữ cán bộ
                        lãnh đạo tăng, Tháng hành động vì bình đẳng giới được tổ chức ở tất cả các xã, không để xảy ra
                        bạo lực trên cơ sở giới nghiêm trọng; Hội Liên hiệp Phụ nữ huyện được biểu dương.""")
                .notice("tin/dong-xuan.md", "Kế hoạch sản xuất vụ Đông Xuân 2019", "2019-01-10", "category: Nông nghiệp\n", """
                        Vụ Đông Xuân 2019 toàn huyện gieo cấy lúa trên diện tích 4.500 ha, sử dụng giống lúa chất lượng cao,
                        gieo sạ tập trung theo lịch thời vụ; nông dân bón phân cân đối, theo dõi sâu bệnh hại lúa,
                        bảo đảm nước tưới cho đồng ruộng.""")
                .notice("tin/sau-benh.md", "Phòng trừ sâu bệnh hại lúa vụ Đông Xuân", "2019-02-20",
                        "category: Nông nghiệp\n", """
                        Sâu cuốn lá nhỏ, rầy nâu và bệnh đạo ôn gây hại trên lúa vụ Đông Xuân; Trạm Trồng trọt và Bảo vệ
                        thực vật khuyến cáo nông dân thăm đồng, phun thuốc bảo vệ thực vật đúng lúc, dùng bẫy đèn,
                        thu gom bao bì thuốc sau sử dụng để bảo vệ lúa.""")
                .notice("tin/thu-hoach.md", "Hướng dẫn thu hoạch lúa Đông Xuân và làm đất vụ Hè Thu", "2019-04-25",
                        "category: Nông nghiệp\n", """
                        Lúa vụ Đông Xuân chín rộ, nông dân thu hoạch lúa bằng máy gặt đập liên hợp, phơi sấy thóc kịp thời;
                        sau thu hoạch làm đất, vệ sinh đồng ruộng, chuẩn bị giống lúa và nước tưới cho vụ Hè Thu.""");
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(dir.resolve("out" + path + "index.html").toFile());
    }

    private List<String> related(String path) throws IOException {
        return page(path).select("section.related li a").eachAttr("href");
    }

    /** The build's problems, but for the document checks' missing-author warnings, which these fixtures all have. */
    private static List<String> messages(BuildResult result) {
        return result.problems().stream().filter(d -> !d.message().equals("the notice has no 'author'"))
                .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message()).toList();
    }

    @Test
    void listsTheNoticesOnTheSameSubjectBestFirst() throws IOException {
        BuildResult result = site().build(dir.resolve("out"));
        assertTrue(result.succeeded(), messages(result).toString());

        assertEquals(List.of(GENDER_REPORT, GENDER_MONTH), related(GENDER_PLAN).subList(0, 2));
        assertEquals(List.of(GENDER_PLAN, GENDER_REPORT), related(GENDER_MONTH).subList(0, 2));
        assertEquals(List.of(GENDER_PLAN, GENDER_MONTH), related(GENDER_REPORT).subList(0, 2));
        assertEquals(List.of(RICE_PESTS, RICE_HARVEST), related(RICE_PLAN).subList(0, 2));
        for (String gender : List.of(GENDER_PLAN, GENDER_MONTH, GENDER_REPORT)) {
            assertFalse(related(gender).stream().anyMatch(List.of(RICE_PLAN, RICE_PESTS, RICE_HARVEST)::contains),
                    gender + ": " + related(gender));
        }
        Element section = page(GENDER_PLAN).selectFirst("section.related");
        assertEquals("Các tin khác", section.selectFirst("h2").text());
        assertFalse(section.hasClass("related-latest"));
        Element first = section.selectFirst("li");
        assertEquals("Báo cáo kết quả thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2019 20/12/2019",
                first.text());
        assertEquals("2019-12-20T00:00:00+07:00", first.selectFirst("time").attr("datetime"));
    }

    @Test
    void aNoticeWithNothingRelatedListsTheLatestOfItsCategoryUnderAnotherHeading() throws IOException {
        site().notice("tin/cat-dien.md", "Thông báo tạm ngừng cung cấp điện khu vực xã Phú Lộc", "2019-05-02",
                "category: Nông nghiệp\n", """
                Điện lực huyện tạm ngừng cấp điện từ 7 giờ đến 16 giờ để bảo dưỡng đường dây 22 kV và trạm biến áp
                Phú Lộc 3; khách hàng sử dụng điện thông cảm, chủ động sắp xếp công việc.""")
                .build(dir.resolve("out"));

        Element section = page("/2019/05/thong-bao-tam-ngung-cung-cap-dien-khu-vuc-xa-phu-loc/").selectFirst("section.related");
        assertEquals("Tin mới cùng chuyên mục", section.selectFirst("h2").text());
        assertTrue(section.hasClass("related-latest"));
        assertEquals(List.of(RICE_HARVEST, RICE_PESTS, RICE_PLAN), section.select("li a").eachAttr("href"));
        assertEquals(List.of(RICE_PESTS, RICE_PLAN), related(RICE_HARVEST));
    }

    @Test
    void nearDuplicatesAreNotListedForEachOtherAndAreReportedWithBothFiles() throws IOException {
        BuildResult result = site().notice("tin/binh-dang-gioi-dang-lai.md",
                "Kế hoạch thực hiện công tác bình đẳng giới năm 2019 (đăng lại)", "2019-04-01",
                "category: Văn hóa - Xã hội\n", """
                UBND huyện ban hành kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2019.
                Mục tiêu: nâng cao nhận thức về bình đẳng giới, giảm khoảng cách giới, tăng tỷ lệ nữ cán bộ lãnh đạo.
                Các xã tổ chức tuyên truyền Luật Bình đẳng giới, phòng ngừa bạo lực trên cơ sở giới,
                hưởng ứng Tháng hành động vì bình đẳng giới; Hội Liên hiệp Phụ nữ huyện phối hợp thực hiện.""")
                .build(dir.resolve("out"));

        String repost = "/2019/04/ke-hoach-thuc-hien-cong-tac-binh-dang-gioi-nam-2019-dang-lai/";
        assertTrue(result.succeeded(), messages(result).toString());
        assertFalse(related(GENDER_PLAN).contains(repost), related(GENDER_PLAN).toString());
        assertFalse(related(repost).contains(GENDER_PLAN), related(repost).toString());
        assertEquals(List.of(GENDER_REPORT, GENDER_MONTH), related(repost).subList(0, 2));
        assertEquals(List.of("tin/binh-dang-gioi-dang-lai.md:1: warning: tin/binh-dang-gioi-dang-lai.md and "
                + "tin/binh-dang-gioi.md are near-duplicates (94% of their word pairs are the same);"
                + " neither is listed among the other's related notices"), messages(result));
    }

    @Test
    void pinnedNoticesComeFirstByUrlOrFileName() throws IOException {
        BuildResult result = site().notice("tin/binh-dang-gioi.md", "Kế hoạch thực hiện công tác bình đẳng giới năm 2019",
                "2019-03-29", "category: Văn hóa - Xã hội\nrelated:\n  - thu-hoach.md\n  - \"" + RICE_PESTS + "\"\n",
                "Bình đẳng giới, phụ nữ, Tháng hành động vì bình đẳng giới, bạo lực trên cơ sở giới.")
                .build(dir.resolve("out"));

        assertTrue(result.succeeded(), messages(result).toString());
        assertEquals(List.of(RICE_HARVEST, RICE_PESTS, GENDER_REPORT, GENDER_MONTH), related(GENDER_PLAN).subList(0, 4));
    }

    @Test
    void pinsMayBeFullAddressesOrCarryTheBasePath() throws IOException {
        BuildResult result = site().file("site.yml", "baseUrl: \"https://phuloc.example.gov.vn/tin\"\n")
                .notice("tin/binh-dang-gioi.md", "Kế hoạch thực hiện công tác bình đẳng giới năm 2019", "2019-03-29",
                        "related:\n  - \"https://phuloc.example.gov.vn/tin" + RICE_PESTS + "\"\n  - \"/tin" + RICE_PLAN + "\"\n",
                        "Bình đẳng giới.")
                .build(dir.resolve("out"));

        assertTrue(result.succeeded(), messages(result).toString());
        assertEquals(List.of("/tin" + RICE_PESTS, "/tin" + RICE_PLAN), related(GENDER_PLAN).subList(0, 2));
    }

    @Test
    void aPinThatNamesNoPublishedNoticeIsAnErrorAtItsLine() {
        BuildResult result = site().notice("tin/binh-dang-gioi.md", "Kế hoạch thực hiện công tác bình đẳng giới năm 2019",
                "2019-03-29", "related:\n  - khong-co.md\n  - /2019/03/ke-hoach-thuc-hien-cong-tac-binh-dang-gioi-nam-2019/\n",
                "Bình đẳng giới.")
                .build(dir.resolve("out"));

        assertFalse(result.succeeded());
        assertEquals(List.of("tin/binh-dang-gioi.md:5: error: 'related': no published notice at \"khong-co.md\"",
                "tin/binh-dang-gioi.md:6: error: 'related': \"/2019/03/ke-hoach-thuc-hien-cong-tac-binh-dang-gioi-nam-2019/\""
                        + " is this notice itself"), messages(result));
    }

    @Test
    void theSiteChoosesHowManyAreListed() throws IOException {
        BuildResult result = site().file("site.yml", "relatedCount: 1\n").build(dir.resolve("out"));

        assertTrue(result.succeeded(), messages(result).toString());
        assertEquals(List.of(GENDER_REPORT), related(GENDER_PLAN));
        assertNull(page(GENDER_PLAN).selectFirst("section.related-latest"));
    }
}
