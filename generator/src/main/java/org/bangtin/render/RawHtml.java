package org.bangtin.render;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bangtin.diag.Diagnostics;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Reads the raw HTML pasted into one notice's body, before {@link HtmlSanitizer} cleans it, so that
 * nothing it would remove goes unsaid. Per piece of raw HTML (an HTML block, or one inline tag):
 *
 * <ul>
 * <li>a comment never closed hides the rest of the notice: an error at its line;</li>
 * <li>an element the sanitizer drops with what it shows (frames, video, scripts, forms): a warning;</li>
 * <li>a "tag" that is no HTML element ({@code <so>}, {@code <UBND xa>}) is a placeholder of the
 * editor's: it is escaped, to show as written, instead of vanishing as an unknown tag;</li>
 * <li>a link's href and an image's src are resolved as Markdown's are, by the caller.</li>
 * </ul>
 *
 * Only bodies with raw HTML get here; plain Markdown costs nothing.
 */
final class RawHtml {
    /** An opening or closing tag, up to its '>' (a '>' in a quoted value is no end) or the end of the piece. */
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>?");
    private static final Pattern ADDRESS = Pattern.compile(
            "\\s(href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))", Pattern.CASE_INSENSITIVE);
    /**
     * Elements whose content is no HTML to look into (scripts, styles, plain text) or not HTML's
     * own (SVG and MathML name their elements as they please): the review goes on after them.
     */
    private static final Set<String> OPAQUE = Set.of("script", "style", "textarea", "iframe", "xmp", "title",
            "noembed", "noframes", "svg", "math");
    /**
     * Removed elements whose content HTML reads as plain text up to their closing tag: one never
     * closed takes the rest of the notice with it.
     */
    private static final Set<String> SWALLOWING = Set.of("script", "style", "textarea", "iframe");
    /** An attribute's name in a tag's attribute text. */
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?");
    /** Elements jsoup does not list but that are HTML, not placeholders. */
    private static final Set<String> ALSO_ELEMENTS = Set.of("svg", "math", "picture", "dialog", "template", "slot");
    private static final String PLAYER_HINT = "link to the video or page instead: [Xem video](https://...)";
    private static final String FILE_HINT = "copy the file next to the notice and link it: [Tải về](tep.pdf)";
    private static final String PAGE_HINT = "a notice cannot run scripts or change the page's look; delete it";
    private static final String FORM_HINT = "a notice cannot hold a form; link to the form's page or file instead";
    private static final String DRAWING_HINT = "save the drawing as an image next to the notice and write ![...](hinh.png)";
    /** Elements the sanitizer drops with what they show, and how to publish that instead. */
    private static final Map<String, String> REMOVED = Map.ofEntries(Map.entry("iframe", PLAYER_HINT),
            Map.entry("frame", PLAYER_HINT), Map.entry("frameset", PLAYER_HINT), Map.entry("video", PLAYER_HINT),
            Map.entry("audio", PLAYER_HINT), Map.entry("canvas", PLAYER_HINT), Map.entry("object", FILE_HINT),
            Map.entry("embed", FILE_HINT), Map.entry("applet", FILE_HINT), Map.entry("script", PAGE_HINT),
            Map.entry("noscript", PAGE_HINT), Map.entry("style", PAGE_HINT), Map.entry("link", PAGE_HINT),
            Map.entry("meta", PAGE_HINT), Map.entry("base", PAGE_HINT), Map.entry("form", FORM_HINT),
            Map.entry("input", FORM_HINT), Map.entry("button", FORM_HINT), Map.entry("select", FORM_HINT),
            Map.entry("textarea", FORM_HINT), Map.entry("svg", DRAWING_HINT), Map.entry("math", DRAWING_HINT));

    /** Resolves an address of the raw HTML as a Markdown link's. */
    interface AddressRewriter {
        /** What to publish instead of {@code address}, if anything. */
        Optional<Resolved> rewrite(String address, boolean image, int line);
    }

    /**
     * The address to publish, and for an image the attributes it gets (its copies and size), in
     * order; those the tag sets itself stay as written.
     */
    record Resolved(String address, Map<String, String> attributes) {
        Resolved {
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }
    }

    private final Path source;
    private final Diagnostics problems;
    private final AddressRewriter addresses;
    /** The opaque element a piece opened and none has closed yet: inline tags are pieces of their own. */
    private String insideOf;
    /** The line where {@link #insideOf} was opened. */
    private int openedOnLine;
    /** Attribute warnings given, by line and text: a line of pasted cells is told once. */
    private final Set<String> attributesTold = new HashSet<>();

    RawHtml(Path source, Diagnostics problems, AddressRewriter addresses) {
        this.source = source;
        this.problems = problems;
        this.addresses = addresses;
    }

    /**
     * Reviews one piece of raw HTML.
     *
     * @param line     the file's line of the piece's first line
     * @param lastLine the file's line of the body's last line, up to which an open comment hides
     * @return the piece to publish: {@code html} itself, or with placeholders escaped and
     *         addresses resolved
     */
    String review(String html, int line, int lastLine) {
        int start = 0;
        if (insideOf != null) {
            start = closing(html, insideOf, 0);
            if (start == html.length()) {
                return html;
            }
            if (SWALLOWING.contains(insideOf)) {
                warnRemoved(insideOf, openedOnLine); // closed after all: only removed
            }
            insideOf = null;
        }
        Edits edits = new Edits(html);
        Lines lines = new Lines(html, line);
        Matcher tag = TAG.matcher(html);
        for (int at = html.indexOf('<', start); at >= 0; at = html.indexOf('<', at + 1)) {
            if (html.startsWith("<!--", at)) {
                int end = commentEnd(html, at);
                if (end < 0) {
                    unclosedComment(lines.at(at), lastLine);
                    break;
                }
                at = end - 1;
                continue;
            }
            if (!tag.region(at, html.length()).lookingAt()) {
                continue;
            }
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            boolean opening = tag.group(1).isEmpty();
            boolean namespaced = html.startsWith(":", tag.end(2)); // Word's <o:p>: nothing to show
            if (!isElement(name) && !namespaced) {
                edits.replace(at, at + 1, "&lt;");
            } else if (opening && REMOVED.containsKey(name)) {
                if (!SWALLOWING.contains(name) || closing(html, name, tag.end()) < html.length()) {
                    warnRemoved(name, lines.at(at)); // else told once it is known whether it is closed
                }
            } else if (opening) {
                Set<String> attributes = attributeNames(tag.group(3));
                warnRemovedAttributes(name, attributes, lines.at(at));
                if (name.equals("a") || name.equals("img")) {
                    resolveAddress(tag, name.equals("img"), attributes, edits, lines);
                }
            }
            at = tag.end() - 1;
            if (opening && OPAQUE.contains(name)) {
                at = closing(html, name, tag.end()) - 1;
                insideOf = at == html.length() - 1 ? name : null;
                openedOnLine = lines.at(tag.start());
            }
        }
        return edits.result();
    }

    /**
     * Ends the review of a body: a script, style or text box never closed takes everything after
     * it as its own content, which the sanitizer then removes with it.
     *
     * @param lastLine the file's line of the body's last line
     */
    void finish(int lastLine) {
        if (insideOf == null) {
            return;
        }
        int hidden = lastLine - openedOnLine;
        if (SWALLOWING.contains(insideOf) && hidden > 0) {
            problems.error(source, openedOnLine, "<" + insideOf + "> is never closed with '</" + insideOf + ">': "
                    + (hidden == 1 ? "the line after it is" : "the " + hidden + " lines after it are")
                    + " hidden from the page with it", "close it with '</" + insideOf + ">' where it should end, or"
                    + " delete it: " + REMOVED.getOrDefault(insideOf, PAGE_HINT));
        } else if (SWALLOWING.contains(insideOf)) {
            warnRemoved(insideOf, openedOnLine);
        }
        insideOf = null;
    }

    private void warnRemoved(String name, int line) {
        if (REMOVED.containsKey(name)) {
            problems.warning(source, line, "<" + name + "> is not allowed in a notice and was removed", REMOVED.get(name));
        }
    }

    /**
     * One warning per element (and line) that loses an event handler ("onclick") or its own
     * look ("style"), which the sanitizer removes; other attributes it drops change nothing seen.
     */
    private void warnRemovedAttributes(String element, Set<String> attributes, int line) {
        String handler = attributes.stream().filter(name -> name.startsWith("on") && name.length() > 2).findFirst()
                .orElse(null);
        boolean style = attributes.contains("style");
        String message = handler != null && style
                ? "the " + handler + " and style attributes of <" + element + "> were removed: a notice cannot run"
                        + " scripts, and the site's look is the theme's"
                : handler != null ? "the " + handler + " attribute of <" + element + "> was removed: a notice cannot"
                        + " run scripts"
                : style ? "the style attribute of <" + element + "> was removed: the site's look is the theme's" : null;
        if (message != null && attributesTold.add(line + message)) {
            problems.warning(source, line, message, handler != null
                    ? (style ? "delete them" : "delete it") + "; to send readers somewhere, write a link: [Xem thêm](https://...)"
                    : "delete it; for emphasis write **bold** or _italic_, for a heading start the line with '## '");
        }
    }

    /**
     * Resolves a link's href or an image's src as Markdown's are, writing what to publish instead,
     * and gives an image the attributes it lacks: srcset and sizes unless it has a srcset, width
     * and height unless it has either (one alone scales the other).
     */
    private void resolveAddress(Matcher tag, boolean image, Set<String> own, Edits edits, Lines lines) {
        Matcher address = ADDRESS.matcher(edits.html).region(tag.start(3), tag.end(3));
        Map<String, String> added = Map.of();
        int replacedUpTo = tag.start(3);
        while (address.find()) {
            if (!address.group(1).equalsIgnoreCase(image ? "src" : "href")) {
                continue;
            }
            int value = address.group(2) != null ? 2 : address.group(3) != null ? 3 : 4;
            String written = Parser.unescapeEntities(address.group(value), true).strip();
            Optional<Resolved> resolved = addresses.rewrite(written, image, lines.at(address.start(value)));
            if (resolved.isPresent()) {
                edits.replace(address.start(1), address.end(),
                        address.group(1) + "=\"" + attributeValue(resolved.get().address()) + "\"");
                added = resolved.get().attributes();
                replacedUpTo = address.end();
            }
            break; // the first is the one browsers read
        }
        if (added.isEmpty()) {
            return;
        }
        StringBuilder missing = new StringBuilder();
        added.forEach((name, value) -> {
            boolean set = name.equals("srcset") || name.equals("sizes") ? own.contains("srcset")
                    : name.equals("width") || name.equals("height") ? own.contains("width") || own.contains("height")
                    : own.contains(name);
            if (!set) {
                missing.append(' ').append(name).append("=\"").append(attributeValue(value)).append('"');
            }
        });
        // Before a self-closing tag's '/', if any (not inside the src written as src=anh.jpg/).
        int end = tag.group(3).stripTrailing().endsWith("/") ? tag.start(3) + tag.group(3).lastIndexOf('/') : tag.end(3);
        end = Math.max(end, replacedUpTo);
        edits.replace(end, end, missing.toString());
    }

    /** The names of the attributes in a tag's attribute text, in lower case, in order. */
    private static Set<String> attributeNames(String attributes) {
        Set<String> names = new LinkedHashSet<>();
        if (attributes.indexOf('=') < 0) {
            return names; // only bare names ("<hr noshade>"): nothing removed, no address
        }
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            names.add(attribute.group(1).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private void unclosedComment(int line, int lastLine) {
        int hidden = lastLine - line;
        if (hidden > 0) {
            problems.error(source, line, "'<!--' opens a comment that is never closed with '-->': "
                    + (hidden == 1 ? "the line after it is hidden" : "the " + hidden + " lines after it are hidden")
                    + " from the page", "close the comment with '-->' where it should end, or delete the '<!--'");
        }
    }

    /** Where the comment opening at {@code at} ends (after its "-->"), or -1 when it never does. */
    private static int commentEnd(String html, int at) {
        if (html.startsWith("<!-->", at) || html.startsWith("<!--->", at)) {
            return html.indexOf('>', at) + 1; // empty comments, as HTML reads them
        }
        int close = html.indexOf("-->", at + 4);
        return close < 0 ? -1 : close + 3;
    }

    /** Where the closing tag of {@code name} is, after {@code from}; the end of the piece without one. */
    private static int closing(String html, String name, int from) {
        int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, from);
        return close < 0 ? html.length() : close;
    }

    private static boolean isElement(String name) {
        return Tag.isKnownTag(name) || ALSO_ELEMENTS.contains(name);
    }

    private static String attributeValue(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;");
    }

    /** A piece with some of its text replaced, in order; copied only at the first change. */
    private static final class Edits {
        private final String html;
        private StringBuilder out;
        private int copied;

        Edits(String html) {
            this.html = html;
        }

        void replace(int from, int to, String text) {
            if (out == null) {
                out = new StringBuilder(html.length() + 32);
            }
            out.append(html, copied, from).append(text);
            copied = to;
        }

        String result() {
            return out == null ? html : out.append(html, copied, html.length()).toString();
        }
    }

    /** The file's line of an offset in a piece, counted on as the offsets grow. */
    private static final class Lines {
        private final String html;
        private int offset;
        private int line;

        Lines(String html, int firstLine) {
            this.html = html;
            this.line = firstLine;
        }

        int at(int target) {
            for (; offset < target; offset++) {
                if (html.charAt(offset) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
