package org.bangtin.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2019 | thuc-hien-cong-tac-binh-dang-gioi-va-vi-su-tien-bo-cua-phu-nu-nam-2019
            Kế hoạch số 925/KH-UBND                                            | ke-hoach-so-925-kh-ubnd
            ĐÀ NẴNG, Đắk Lắk                                                   | da-nang-dak-lak
            Quyết định về việc phê duyệt đề án                                  | quyet-dinh-ve-viec-phe-duyet-de-an
            Thông báo: lịch tiếp công dân (tháng 3)                            | thong-bao-lich-tiep-cong-dan-thang-3
            Ưu tiên người cao tuổi, ỷ lại, ỹ                                    | uu-tien-nguoi-cao-tuoi-y-lai-y
            '  --Khẩn!!--  '                                                   | khan
            """)
    void foldsVietnameseTitlesToAscii(String title, String slug) {
        assertEquals(slug, Slugs.slugify(title));
    }

    @Test
    void decomposedInputGivesTheSameSlug() {
        String composed = "Bình đẳng giới";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertEquals(Slugs.slugify(composed), Slugs.slugify(decomposed));
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String title = "Kế hoạch tổ chức thực hiện Tháng hành động vì bình đẳng giới và phòng chống bạo lực trên cơ sở giới năm 2019";
        String slug = Slugs.slugify(title);
        assertTrue(slug.length() <= Slugs.DEFAULT_MAX_LENGTH, slug);
        assertEquals("ke-hoach-to-chuc-thuc-hien-thang-hanh-dong-vi-binh-dang-gioi-va-phong-chong-bao", slug);
    }

    @Test
    void textWithoutLettersGivesAnEmptySlug() {
        assertEquals("", Slugs.slugify("— … —"));
    }
}
