package org.bangtin.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What Word leaves in text pasted from it, and the text left once it is dropped. */
class WordMarkupTest {
    private static String cleaned(String html) {
        Document page = Jsoup.parse(html);
        WordMarkup.clean(page);
        return new MarkdownConverter(MarkdownConverterTest.AS_IS).convert(page.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "Word's document settings                    | <xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><p>Nội dung</p> | Nội dung",
        "o:p keeps its text                          | <p class=MsoNormal>Nội dung<o:p></o:p></p><p>Tiếp<o:p> theo</o:p></p> | 'Nội dung\n\nTiếp theo'",
        "a conditional comment                       | <!--[if gte mso 9]><xml><w:WordDocument>Normal</w:WordDocument></xml><![endif]--><p>Nội dung</p> | Nội dung",
        "formula properties and drawings             | <m:mathPr><m:brkBin m:val=before/>before</m:mathPr><v:shape>shape</v:shape><p>Nội dung</p> | Nội dung",
        "a smart tag keeps its text                  | <p>Tại <st1:place>Hà Nội</st1:place></p> | Tại Hà Nội",
        "mso- style rules left as text               | <p>/* Style Definitions */ table.MsoNormalTable {mso-style-name:\"Table Normal\"; mso-padding-alt:0in;}</p><p>Nội dung</p> | Nội dung",
        "conditional markers left as text            | <p>&lt;!--[if gte mso 9]&gt;Nội dung&lt;![endif]--&gt;</p> | Nội dung",
    })
    void leaves(String name, String html, String markdown) {
        assertEquals(markdown + "\n", cleaned(html), name);
    }
}
