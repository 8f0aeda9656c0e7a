package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one analyzer, token by token. */
class VietnameseAnalyzerTest {
    private static final VietnameseAnalyzer ANALYZER = new VietnameseAnalyzer();

    static List<String> tokens(String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            bình đẳng giới              | binh dang gioi
            BÌNH ĐẲNG GIỚI              | binh dang gioi
            Đà Nẵng                     | da nang
            DA NANG                     | da nang
            đường Dương                 | duong duong
            Kế hoạch số 925/KH-UBND     | ke hoach so 925 kh ubnd
            ngày 27/3/2019, 08:30       | ngay 27 3 2019 08 30
            Phòng LĐ-TB&XH (huyện)      | phong ld tb xh huyen
            """)
    void foldsToWordsWithoutMarks(String input, String expected) throws IOException {
        assertEquals(List.of(expected.split(" ")), tokens("body", input));
    }

    @Test
    void decomposedAndComposedInputGiveTheSameTokens() throws IOException {
        String composed = "Thực hiện công tác bình đẳng giới ở Đắk Lắk";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertEquals(tokens("body", composed), tokens("body", decomposed));
        assertEquals(tokens("exact", composed), tokens("exact", decomposed));
        assertEquals(List.of("thực", "hiện", "công", "tác", "bình", "đẳng", "giới", "ở", "đắk", "lắk"), tokens("exact", decomposed));
    }

    @Test
    void theExactFieldKeepsMarksSoDuongAndDươngDiffer() throws IOException {
        assertEquals(List.of("đường", "dương", "duong"), tokens("exact", "Đường DƯƠNG duong"));
    }

    @Test
    void theBigramFieldPairsNeighbouringFoldedWords() throws IOException {
        assertEquals(List.of("binh dang", "dang gioi"), tokens("bigram", "Bình đẳng giới"));
        assertEquals(List.of(), tokens("bigram", "giới"));
    }

    @Test
    void facetsAreKeptWhole() throws IOException {
        assertEquals(List.of("c:ke-hoach"), tokens("facet", "c:ke-hoach"));
    }

    @Test
    void itsNameSaysWhatItDoes() {
        assertEquals(true, ANALYZER.toString().contains("folded"));
    }
}
