package org.bangtin.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The author line that portals put at the end of an article: a short name alone on the last line
 * ("Cái Dung"), a labelled one ("Tác giả: Lê Hoa", "Tin, ảnh: Lê Hoa"), an office ("Phòng Tư
 * pháp") or a person and their office ("Nguyễn Văn Nam - Phòng VH-TT").
 */
final class Byline {
    private static final Pattern LABELLED = Pattern.compile(
            "(?:Tác giả|Người viết|Người đăng|Tin, ảnh|Tin và ảnh|Bài, ảnh|Bài và ảnh|Tin|Bài)\\s*:\\s*(.{2,50})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}]*(?: \\p{Lu}[\\p{L}]*){1,5}");
    /** An office, as bylines name one ("Phòng Tư pháp", "VP HĐND-UBND", "Trung tâm Văn hóa - Thể thao"). */
    private static final String OFFICE = "(?:[Bb]an biên tập|BBT|(?:Văn phòng|VP|Phòng(?! chống)|UBND|HĐND|Trung tâm|Sở|Chi cục|Cục)"
            + "(?: [\\p{L}][\\p{L}.&/-]*| -)+)";
    /** Bylines of an office rather than a person, or of a person and their office ("Nguyễn Văn Nam - Phòng VH-TT"). */
    private static final Pattern COLLECTIVE = Pattern.compile("(?:\\p{Lu}[\\p{L}]*(?: \\p{Lu}[\\p{L}]*){1,5} ?[-–,(] ?)?"
            + OFFICE + "\\)?", Pattern.UNICODE_CASE);
    private static final int MAX_LENGTH = 50;

    private Byline() {
    }

    /**
     * The author that an element of the profile's author selectors names: a byline, or any short
     * text without digits (a page's own author element is trusted with an office's name it knows
     * no pattern of), but not a date or a view count that layouts put there too.
     */
    static Optional<String> ofAuthorElement(String text) {
        Optional<String> byline = author(text);
        if (byline.isPresent()) {
            return byline;
        }
        String line = text.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
        return line.length() >= 2 && line.length() <= MAX_LENGTH && line.chars().noneMatch(Character::isDigit)
                && line.chars().anyMatch(Character::isLetter) ? Optional.of(line) : Optional.empty();
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
        if (COLLECTIVE.matcher(line).matches() && line.length() <= MAX_LENGTH && !line.endsWith(".")) {
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
