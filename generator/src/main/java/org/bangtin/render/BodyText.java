package org.bangtin.render;

import java.util.Set;

/**
 * The plain text of a body in {@link SanitizedForm}, by jsoup's rules for {@code Element.text()},
 * read straight off the HTML instead of off a parsed tree: whitespace collapsed except inside
 * {@code <pre>}, a space where a block element or {@code <br>} begins and after a block element
 * that text follows, the whole trimmed. This works because that HTML is well formed and escapes
 * every {@code <} of its text; {@code MarkdownShortcutTest} holds it to jsoup's result.
 */
final class BodyText {
    /** jsoup's block tags ({@code TagSet}), of those that Markdown can produce. */
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "pre",
            "div", "blockquote", "hr", "del", "table", "thead", "tbody", "tr", "th", "td");
    private static final Set<String> VOID = Set.of("br", "hr", "img");
    private static final int ZERO_WIDTH_SPACE = 0x200b;
    private static final int SOFT_HYPHEN = 0xad;

    // The HTML's characters in an array: read and copied through String's charAt, one by one,
    // they were most of this under the quick JIT compiler.
    private final char[] html;
    private final StringBuilder text = new StringBuilder();
    private int inPre;

    private BodyText(String html) {
        this.html = html.toCharArray();
    }

    /** The text of the whole body. */
    static String of(String html) {
        return new BodyText(html).read(0, html.length());
    }

    /** The text of the body's first paragraph, or null when it has none. */
    static String ofFirstParagraph(String html) {
        int start = html.indexOf("<p>");
        if (start < 0) {
            return null;
        }
        int end = html.indexOf("</p>", start) + "</p>".length();
        String paragraph = html.substring(start, end); // not a second copy of the whole body
        return new BodyText(paragraph).read(0, paragraph.length());
    }

    private String read(int from, int to) {
        int i = from;
        while (i < to) {
            if (html[i] == '<') {
                i = tag(i);
            } else {
                int end = indexOf('<', i, to);
                text(i, end);
                i = end;
            }
        }
        return text.toString().trim();
    }

    /** Reads the tag at {@code start}; returns where what follows it begins. */
    private int tag(int start) {
        boolean closing = html[start + 1] == '/';
        String name = nameAt(closing ? start + 2 : start + 1);
        int next = indexOf('>', start, html.length) + 1;
        if (closing) {
            inPre -= name.equals("pre") ? 1 : 0;
            afterElement(name, next);
        } else {
            if ((BLOCKS.contains(name) || name.equals("br")) && !text.isEmpty() && !endsWithSpace()) {
                text.append(' ');
            }
            inPre += name.equals("pre") ? 1 : 0;
            if (VOID.contains(name)) {
                afterElement(name, next);
            }
        }
        return next;
    }

    /** A block element followed by text or an inline element is followed by a space. */
    private void afterElement(String name, int next) {
        if (!BLOCKS.contains(name) || next >= html.length || endsWithSpace()) {
            return;
        }
        boolean textFollows = html[next] != '<';
        boolean inlineFollows = !textFollows && html[next + 1] != '/' && !BLOCKS.contains(nameAt(next + 1));
        if (textFollows || inlineFollows) {
            text.append(' ');
        }
    }

    /** The name of the tag whose name begins at {@code start}. */
    private String nameAt(int start) {
        int end = start;
        while (Character.isLetterOrDigit(html[end])) {
            end++;
        }
        return new String(html, start, end - start);
    }

    /** Where the first {@code c} at or after {@code from} is, or {@code to} when none is before it. */
    private int indexOf(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (html[i] == c) {
                return i;
            }
        }
        return to;
    }

    /**
     * Appends the text from {@code start} to {@code end}, entities decoded (jsoup's appendNormalisedText).
     * Runs of characters that need no decision are copied at once.
     */
    private void text(int start, int end) {
        boolean stripLeading = endsWithSpace();
        boolean lastWasSpace = false;
        boolean reachedText = false;
        int run = start;
        for (int i = start; i < end; i++) {
            char next = html[i];
            // A single space after a character of the run stays as it is: no decision either.
            if (!needsDecision(next) || next == ' ' && i > run && html[i - 1] != ' ') {
                continue;
            }
            if (i > run) {
                text.append(html, run, i - run);
                lastWasSpace = html[i - 1] == ' ';
                reachedText = true;
            }
            int c = next;
            if (c == '&') {
                int semicolon = indexOf(';', i, html.length);
                c = entity(new String(html, i + 1, semicolon - i - 1));
                i = semicolon;
            }
            run = i + 1;
            if (inPre > 0) {
                text.append((char) c);
            } else if (isSpace(c)) {
                if (!(stripLeading && !reachedText || lastWasSpace)) {
                    text.append(' ');
                    lastWasSpace = true;
                }
            } else if (c != ZERO_WIDTH_SPACE && c != SOFT_HYPHEN) {
                text.append((char) c);
                lastWasSpace = false;
                reachedText = true;
            }
        }
        text.append(html, run, end - run);
    }

    /** An entity, a space, or a character the text leaves out. */
    private static boolean needsDecision(char c) {
        return c == '&' || isSpace(c) || c == ZERO_WIDTH_SPACE || c == SOFT_HYPHEN;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 0xa0;
    }

    private static int entity(String name) {
        return switch (name) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "nbsp" -> 0xa0;
            default -> throw new IllegalArgumentException("not in the sanitized form: &" + name + ";");
        };
    }

    private boolean endsWithSpace() {
        return !text.isEmpty() && text.charAt(text.length() - 1) == ' ';
    }
}
