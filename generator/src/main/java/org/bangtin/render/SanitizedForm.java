package org.bangtin.render;

import java.util.Optional;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * The HTML that {@link HtmlSanitizer} would return for a body of plain Markdown, without running it.
 *
 * <p>Why: parsing, cleaning and printing every body again with jsoup took two thirds of the
 * markdown step, yet for Markdown without raw HTML it changes nothing but the form: commonmark
 * only writes tags and attributes that the sanitizer keeps, and escapes every {@code <} and
 * {@code >} of text and attributes. So such HTML is rewritten here in one pass into the form jsoup
 * prints (void tags without " /", quotes unescaped in text, non-breaking spaces as
 * {@code &nbsp;}, no {@code rel} on links), with the sanitizer's lazy images and wrapped tables.
 * A body with raw HTML, an unusual link scheme or a character this pass does not rewrite goes
 * through the sanitizer; {@code MarkdownShortcutTest} holds the two ways to the same bytes.
 */
final class SanitizedForm {
    private static final String TABLE_WRAP = "<div class=\"table-wrap\">";
    /** commonmark marks links nofollow when it checks their schemes; the sanitizer drops that. */
    private static final String LINK_NOFOLLOW = "<a rel=\"nofollow\"";

    private SanitizedForm() {
    }

    /**
     * Whether {@code document} is plain Markdown: no raw HTML, and every link and image address one
     * that the sanitizer keeps as it is (relative, or a scheme it allows for that tag).
     */
    static boolean applies(Node document) {
        PlainMarkdown check = new PlainMarkdown();
        document.accept(check);
        return check.plain;
    }

    /**
     * The sanitizer's form of {@code html}, commonmark's rendering of a plain Markdown document;
     * empty when the HTML holds a character that only the sanitizer handles (an ASCII control
     * character, or half of a surrogate pair).
     */
    static Optional<String> of(String html) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        int length = html.length();
        boolean inTag = false;
        int run = 0; // where the characters not yet copied begin: copied a run at a time, not one by one
        for (int i = 0; i < length; i++) {
            char c = html.charAt(i);
            if (copiedAsIs(c)) {
                continue;
            }
            out.append(html, run, i);
            if (c == '<') {
                inTag = true;
                if (html.startsWith("<table>", i)) {
                    out.append(TABLE_WRAP);
                } else if (html.startsWith(LINK_NOFOLLOW, i)) {
                    out.append("<a");
                    i += LINK_NOFOLLOW.length() - 1;
                    run = i + 1;
                    continue;
                }
                out.append(c);
            } else if (c == '>') {
                inTag = false;
                closeTag(html, i, out);
            } else if (c == '&') {
                if (!inTag && html.startsWith("&quot;", i)) {
                    out.append('"');
                    i += "&quot;".length() - 1;
                } else {
                    out.append(c);
                }
            } else if (c == '\u00a0') {
                out.append("&nbsp;");
            } else if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == length || !Character.isLowSurrogate(html.charAt(i + 1))) {
                    return Optional.empty();
                }
                out.append(c).append(html.charAt(++i));
            } else {
                return Optional.empty(); // an ASCII control character
            }
            run = i + 1;
        }
        out.append(html, run, length);
        return Optional.of(out.toString());
    }

    /** Whether the form keeps {@code c} as it is, wherever it stands. */
    private static boolean copiedAsIs(char c) {
        return c >= ' ' ? c != '<' && c != '>' && c != '&' && c != '\u00a0' && !Character.isSurrogate(c)
                : c == '\n' || c == '\t' || c == '\r';
    }

    /** Ends the tag whose '>' is at {@code end}: jsoup's void tags, lazy images, the table's wrapper. */
    private static void closeTag(String html, int end, StringBuilder out) {
        if (html.charAt(end - 1) == '/' && html.charAt(end - 2) == ' ') {
            out.setLength(out.length() - 2);
        }
        if (isTag(html, end, "<img ")) {
            out.append(" loading=\"lazy\"");
        }
        out.append('>');
        if (html.startsWith("</table", end - "</table".length())) {
            out.append("</div>");
        }
    }

    /** Whether the tag ending at {@code end} starts with {@code start}. */
    private static boolean isTag(String html, int end, String start) {
        int open = html.lastIndexOf('<', end);
        return html.startsWith(start, open);
    }

    /** Finds what only the sanitizer may publish: raw HTML and addresses it would change. */
    private static final class PlainMarkdown extends AbstractVisitor {
        private boolean plain = true;

        @Override
        public void visit(HtmlBlock html) {
            plain = false;
        }

        @Override
        public void visit(HtmlInline html) {
            plain = false;
        }

        @Override
        public void visit(Link link) {
            plain &= kept(link.getDestination(), Addresses.LINK_SCHEMES);
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            plain &= kept(image.getDestination(), Addresses.IMAGE_SCHEMES);
            visitChildren(image);
        }

        /**
         * Whether the sanitizer keeps {@code address} as written: a relative address (not
         * protocol-relative, "//host", which it resolves first), or one with a scheme it allows.
         * Any other scheme goes to the sanitizer, even one that commonmark has already emptied.
         */
        private static boolean kept(String address, Set<String> schemes) {
            if (address == null || address.startsWith("//") || address.startsWith("\\")) {
                return address == null;
            }
            String scheme = Addresses.scheme(address);
            return scheme.isEmpty() || schemes.contains(scheme);
        }
    }
}
