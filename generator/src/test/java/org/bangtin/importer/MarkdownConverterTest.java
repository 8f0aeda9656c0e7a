package org.bangtin.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HTML as Vietnamese portals write it, and the Markdown the import makes of it. */
class MarkdownConverterTest {
    /** Links and images kept as they are, javascript: links dropped. */
    static final MarkdownConverter.Targets AS_IS = new MarkdownConverter.Targets() {
        @Override
        public String link(String href, String text) {
            return href.startsWith("javascript:") ? null : href;
        }

        @Override
        public String image(String src, String alt) {
            return src;
        }
    };

    private static String convert(String html) {
        return new MarkdownConverter(AS_IS).convert(Jsoup.parse(html).body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "a paragraph of spans and non-breaking spaces | <p><span>&nbsp;&nbsp;Nội&nbsp;dung </span><span>chính</span></p> | Nội dung chính",
        "bold that ends in punctuation closes        | <p><b>Lưu ý:</b>Mang giấy tờ</p> | **Lưu ý**:Mang giấy tờ",
        "a number at a line's start stays text       | <p>1. Đối tượng</p> | 1\\. Đối tượng",
        "a dash at a line's start stays text         | <p>- Nội dung</p> | \\- Nội dung",
        "Markdown characters are escaped             | <p>a*b_c [d] `e` &lt;f&gt;</p> | a\\*b\\_c \\[d\\] \\`e\\` \\<f>",
        "one br is a line break                      | <p>Dòng 1<br>Dòng 2</p> | 'Dòng 1\\\nDòng 2'",
        "two br are a new paragraph                  | <div>Đoạn 1<br><br>Đoạn 2</div> | 'Đoạn 1\n\nĐoạn 2'",
        "empty paragraphs vanish                     | <p>&nbsp;</p><p>A</p><p> </p> | A",
        "a javascript link keeps its text only       | <p><a href=\"javascript:void(0)\">In trang</a></p> | In trang",
        "an ordered list                             | <ol><li>Một</li><li>Hai</li></ol> | '1. Một\n2. Hai'",
        "a heading keeps its number                  | <h4>2. Lịch tiêm</h4> | #### 2. Lịch tiêm",
        "a one-column table is layout                | <table><tr><td>A</td></tr><tr><td>B</td></tr></table> | 'A\n\nB'",
        "a Word table with paragraphs is data        | <table class=MsoTableGrid><tr><td><p class=MsoNormal>Ngày</p></td><td><p class=MsoNormal>Lãnh đạo trực</p></td></tr><tr><td><p class=MsoNormal>05/02/2019</p></td><td><p class=MsoNormal>Bà Lê Thị Hoa</p></td></tr></table> | '| Ngày | Lãnh đạo trực |\n| --- | --- |\n| 05/02/2019 | Bà Lê Thị Hoa |'",
        "a cell's paragraphs are joined by line breaks | <table><tr><td><p>Ngày</p></td><td><p>Nơi</p></td></tr><tr><td><p>05/02</p><p>(sáng)</p></td><td>Xã A<br>Xã B</td></tr></table> | '| Ngày | Nơi |\n| --- | --- |\n| 05/02<br>(sáng) | Xã A<br>Xã B |'",
        "a table holding a table is layout           | <table><tr><td><table><tr><td>A</td></tr></table></td><td><p>B</p></td></tr><tr><td>C</td><td>D</td></tr></table> | 'A\n\nB\n\nC\n\nD'",
        "a table of links is layout                  | <table><tr><td><a href=a>A</a></td><td><a href=b>B</a></td></tr><tr><td><a href=c>C</a></td><td>D</td></tr></table> | '[A](a)\n\n[B](b)\n\n[C](c)\n\nD'",
        "an image's alt text describes it            | <p><img src=a.jpg alt=\"Quang cảnh hội nghị\"></p> | ![Quang cảnh hội nghị](a.jpg)",
        "else its title                              | <p><img src=a.jpg alt=IMG_1234.JPG title=\"Quang cảnh hội nghị\"></p> | ![Quang cảnh hội nghị](a.jpg)",
        "else its figure's caption                   | <figure><img src=a.jpg><figcaption>Quang cảnh</figcaption></figure> | '![Quang cảnh](a.jpg)\n\nQuang cảnh'",
        "a file name describes nothing               | <p><img src=a.jpg alt=\"DSC_0042.jpg\"></p> | ![](a.jpg)",
    })
    void convertsTo(String name, String html, String markdown) {
        assertEquals(markdown + "\n", convert(html), name);
    }
}
