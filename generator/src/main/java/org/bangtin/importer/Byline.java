package org.bangtin.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The author line that portals put at the end of an article: a short name alone on the last line
 * ("Cái Dung"), or a labelled one ("Tác giả: Lê Hoa", "Tin, ảnh: Lê Hoa").
 */
final class Byline {
    private static final Pattern LABELLED = Pattern.compile(
            "(?:Tác giả|Người viết|Người đăng|Tin, ảnh|Tin và ảnh|Bài, ảnh|Bài và ảnh|Tin|Bài)\\s*:\\s*(.{2,50})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}]*(?: \\p{Lu}[\\p{L}]*){1,5}");
    /** Bylines of an office rather than a person. */
    private static final Pattern COLLECTIVE = Pattern.compile("(?:Ban biên tập|BBT|Văn phòng [\\p{L} ]{2,40})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_LENGTH = 50;

    private Byline() {
    }

    /** The author a byline's text names, if the text is a byline. */
    static Optional<String> author(String text) {
        String line = text.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
        if (line.length() > MAX_LENGTH + 12) {
            return Optional.empty();
        }
        Matcher labelled = LABELLED.matcher(line);
        if (labelled.matches()) {
            return Optional.of(labelled.group(1).strip());
        }
        if (COLLECTIVE.matcher(line).matches()) {
            return Optional.of(line);
        }
        return NAME.matcher(line).matches() && line.length() <= MAX_LENGTH ? Optional.of(line) : Optional.empty();
    }

    /** The element on the article's last line when it is a byline. */
    static Optional<Element> last(Element body) {
        List<Element> blocks = body.select("p, div, h4, h5, h6, span, strong, b, em, i");
        String all = body.text().strip();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Element block = blocks.get(i);
            String text = block.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!all.endsWith(text)) {
                return Optional.empty();
            }
            Element outer = block;
            while (outer.parent() != null && outer.parent() != body && outer.parent().text().strip().equals(text)) {
                outer = outer.parent();
            }
            return author(text).isPresent() ? Optional.of(outer) : Optional.empty();
        }
        return Optional.empty();
    }
}
