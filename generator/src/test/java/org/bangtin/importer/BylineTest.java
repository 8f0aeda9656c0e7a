package org.bangtin.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The author lines of district portals: a person, an office, or both; and what is no author line. */
class BylineTest {
    @Test
    void aPersonAnOfficeOrBothAreBylines() {
        assertEquals(Optional.of("Cái Dung"), Byline.author("Cái Dung"));
        assertEquals(Optional.of("Lê Hoa"), Byline.author("Tin, ảnh: Lê Hoa"));
        assertEquals(Optional.of("Phòng Tài nguyên và Môi trường"), Byline.author("Phòng Tài nguyên và Môi trường"));
        assertEquals(Optional.of("Nguyễn Văn Nam - Phòng VH-TT"), Byline.author("Nguyễn Văn Nam - Phòng VH-TT"));
        assertEquals(Optional.of("Văn phòng HĐND và UBND huyện"), Byline.author("Văn phòng HĐND và UBND huyện"));
        assertEquals(Optional.of("Trung tâm Văn hóa - Thể thao"), Byline.author("Trung tâm Văn hóa - Thể thao"));
    }

    @Test
    void headingsAndSentencesAreNoBylines() {
        assertEquals(Optional.empty(), Byline.author("Tổ chức thực hiện"));
        assertEquals(Optional.empty(), Byline.author("Phòng chống dịch bệnh."));
        assertEquals(Optional.empty(), Byline.author("Đề nghị các xã triển khai thực hiện nghiêm túc kế hoạch này"));
    }

    /** The page's own author element is trusted with a name of no known pattern, not with a date. */
    @Test
    void anAuthorElementIsTrustedWithAnyShortNameButNotADate() {
        assertEquals(Optional.of("VP HĐND-UBND"), Byline.ofAuthorElement("VP HĐND-UBND"));
        assertEquals(Optional.of("Phòng Tư pháp"), Byline.ofAuthorElement(" Phòng Tư pháp "));
        assertEquals(Optional.of("Đài truyền thanh xã"), Byline.ofAuthorElement("Đài truyền thanh xã"));
        assertEquals(Optional.empty(), Byline.ofAuthorElement("27/03/2019 08:30"));
        assertEquals(Optional.empty(), Byline.ofAuthorElement("Lượt xem: 1250"));
    }
}
