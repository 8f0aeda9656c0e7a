package org.bangtin.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Folding by table gives exactly what its definition (NFD, marks dropped, đ → d) gives. */
class FoldingTest {
    @Test
    void foldsVietnameseAsReadersExpect() {
        assertEquals("Da Nang", Folding.fold("Đà Nẵng"));
        assertEquals("binh dang gioi", Folding.fold("bình đẳng giới"));
        assertEquals("duong", Folding.fold(Normalizer.normalize("đường", Normalizer.Form.NFD)));
        assertEquals("KE HOACH 925/KH-UBND", Folding.fold("KẾ HOẠCH 925/KH-UBND"));
    }

    @Test
    void everyCharacterFoldsAsTheDefinitionSays() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            String code = "U+" + Integer.toHexString(c);
            assertEquals(Folding.foldSlowly(one), Folding.fold(one), code);
        }
    }

    @Test
    void mixedTextsFoldAsTheDefinitionSays() {
        String alphabet = "aàảãáạăằẳẵắặâầẩẫấậđeèéêềếểễệiìíoòóôồốổỗộơờớởỡợuùúưừứửữựyỳýỷỹỵ"
                + "AÀẢĐÊƠƯ \u0300\u0301\u0303\u0309\u0323 ﬁ①²한글日本😀Ωж-/.,";
        Random random = new Random(42);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                int at = random.nextInt(alphabet.length());
                text.appendCodePoint(alphabet.codePointAt(at - (Character.isLowSurrogate(alphabet.charAt(at)) ? 1 : 0)));
            }
            String sample = random.nextBoolean() ? text.toString() : Normalizer.normalize(text, Normalizer.Form.NFD);
            assertEquals(Folding.foldSlowly(sample), Folding.fold(sample), sample);
        }
    }
}
