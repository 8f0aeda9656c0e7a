package org.bangtin.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Recognizes a portal's "not found" page saved in place of an article ("Lỗi 404", "Trang bạn tìm
 * không tồn tại"): by its {@code <title>} or headings, or by a short text that says so.
 */
final class NotFound {
    private static final Pattern SAYS = Pattern.compile("lỗi 404|error 404|404 not found|page not found|không tìm thấy trang"
            + "|trang bạn tìm không tồn tại|trang bạn tìm kiếm không tồn tại|trang (?:này )?không tồn tại"
            + "|(?:bài viết|nội dung|tin) (?:này )?không tồn tại|không tìm thấy (?:bài viết|nội dung|tin bài)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HEADING = Pattern.compile(
            "(?:lỗi|error)\\s*404.*|404(?:\\s*[-:]?\\s*(?:not found|không tìm thấy.*))?|không tìm thấy trang.*|not found",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A "not found" page says little more than that. */
    private static final int MAX_TEXT = 600;

    private NotFound() {
    }

    /** Refuses a page that says it was not found (its layout dropped already), quoting what it says. */
    static void check(Document page) throws ArticleReader.NotAnArticle {
        Matcher title = SAYS.matcher(page.title());
        if (title.find()) {
            throw refused(title.group());
        }
        for (Element heading : page.select("h1, h2, h3")) {
            if (HEADING.matcher(heading.text().strip()).matches()) {
                throw refused(heading.text().strip());
            }
        }
        String text = page.body().text();
        Matcher said = SAYS.matcher(text);
        if (text.length() <= MAX_TEXT && said.find()) {
            throw refused(said.group());
        }
    }

    private static ArticleReader.NotAnArticle refused(String said) {
        return new ArticleReader.NotAnArticle("a \"not found\" page ('" + said + "'), not an article");
    }
}
