package org.bangtin.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an article's HTML into clean Markdown: paragraphs, headings, lists, tables, links and
 * images, bold and italic; everything else (fonts, styles, spans, layout tables) leaves only its
 * text. Where links and images lead is decided by {@link Targets}. Not thread-safe.
 */
final class MarkdownConverter {
    /** Decides where links and images of the page lead in the imported notice. */
    interface Targets {
        /** The Markdown destination of a link, or null to keep only its text. */
        String link(String href, String text);

        /** The Markdown destination of an image, or null to drop it. */
        String image(String src, String alt);
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "center", "figure",
            "figcaption", "header", "footer", "address", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "blockquote", "pre", "hr", "dl", "dt", "dd", "form", "fieldset");
    private static final Pattern LINE_START = Pattern.compile("^[#>+=-]");
    private static final Pattern ORDERED = Pattern.compile("^(\\d+)([.)])(?=\\s|$)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern FILE_NAME = Pattern.compile("\\S+\\.(?i:jpe?g|png|gif|webp|bmp)");

    private final Targets targets;

    MarkdownConverter(Targets targets) {
        this.targets = targets;
    }

    String convert(Element body) {
        return String.join("\n\n", blocks(body)) + "\n";
    }

    /** The Markdown blocks of a container's children. */
    private List<String> blocks(Element container) {
        List<String> blocks = new ArrayList<>();
        StringBuilder inline = new StringBuilder();
        for (Node child : container.childNodes()) {
            if (child instanceof Element element && isBlock(element)) {
                flush(inline, blocks);
                block(element, blocks);
            } else if (child instanceof Element element && element.normalName().equals("br")) {
                int end = inline.length();
                while (end > 0 && Character.isWhitespace(inline.charAt(end - 1)) && inline.charAt(end - 1) != '\n') {
                    end--;
                }
                if (end >= 2 && inline.charAt(end - 1) == '\n' && inline.charAt(end - 2) == '\\') {
                    inline.setLength(end - 2);
                    flush(inline, blocks); // two line breaks: a new paragraph
                } else {
                    inline.append("\\\n");
                }
            } else {
                inline.append(inline(child));
            }
        }
        flush(inline, blocks);
        return blocks;
    }

    private static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName())
                || (!element.select("p, div, table, ul, ol, h1, h2, h3, h4, h5, h6").isEmpty() && element.childrenSize() > 0
                        && !element.normalName().equals("a"));
    }

    private void block(Element element, List<String> blocks) {
        switch (element.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String text = paragraph(inlineChildren(element)).replaceFirst("^\\\\(?=[#>+=-])", "")
                        .replaceFirst("^(\\d+)\\\\([.)])", "$1$2");
                if (!text.isEmpty()) {
                    int level = Math.max(2, element.normalName().charAt(1) - '0');
                    blocks.add("#".repeat(level) + " " + text.replace("\\\n", " ").replace("\n\n", " "));
                }
            }
            case "ul", "ol" -> list(element, blocks);
            case "table" -> table(element, blocks);
            case "blockquote" -> {
                List<String> inner = blocks(element);
                if (!inner.isEmpty()) {
                    blocks.add(("> " + String.join("\n\n", inner)).replace("\n", "\n> "));
                }
            }
            case "pre" -> blocks.add("```\n" + element.wholeText().strip() + "\n```");
            case "hr" -> blocks.add("* * *");
            default -> blocks.addAll(blocks(element));
        }
    }

    private void list(Element list, List<String> blocks) {
        List<String> items = new ArrayList<>();
        int number = 1;
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            String text = joinItem(blocks(item));
            if (text.isBlank()) {
                continue;
            }
            String marker = list.normalName().equals("ol") ? (number++) + ". " : "- ";
            items.add(marker + text.replace("\n", "\n" + " ".repeat(marker.length())).replaceAll("\n\\s+\n", "\n\n"));
        }
        if (!items.isEmpty()) {
            blocks.add(String.join("\n", items));
        }
    }

    /** An item's blocks; a list inside the item follows its text without a blank line, keeping the list tight. */
    private static String joinItem(List<String> blocks) {
        StringBuilder text = new StringBuilder();
        for (String block : blocks) {
            if (text.length() > 0) {
                text.append(block.startsWith("- ") || block.matches("(?s)\\d+\\. .*") ? "\n" : "\n\n");
            }
            text.append(block);
        }
        return text.toString();
    }

    private void table(Element table, List<String> blocks) {
        List<Element> rows = table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr");
        if (isLayout(table, rows)) {
            for (Element row : rows) {
                for (Element cell : row.children()) {
                    blocks.addAll(blocks(cell));
                }
            }
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        int columns = 0;
        for (Element row : rows) {
            List<String> texts = new ArrayList<>();
            for (Element cell : row.select("> th, > td")) {
                texts.add(cell(cell));
            }
            columns = Math.max(columns, texts.size());
            cells.add(texts);
        }
        StringBuilder markdown = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            List<String> texts = cells.get(r);
            markdown.append('|');
            for (int c = 0; c < columns; c++) {
                markdown.append(' ').append(c < texts.size() ? texts.get(c) : "").append(" |");
            }
            markdown.append('\n');
            if (r == 0) {
                markdown.append('|').append(" --- |".repeat(columns)).append('\n');
            }
        }
        blocks.add(markdown.toString().strip());
    }

    /**
     * Whether a table only lays out its content: a one-cell wrapper (or one column), one that holds
     * another table or the page's chrome (headings, a form, a menu), one made mostly of links and
     * images, or one with long text in a cell. A table whose cells hold paragraphs (Word puts a
     * {@code <p class=MsoNormal>} in every cell) is data.
     */
    private static boolean isLayout(Element table, List<Element> rows) {
        List<Element> all = rows.stream().flatMap(r -> r.select("> th, > td").stream()).toList();
        int links = table.select("a[href], img").size();
        return rows.size() < 2 || rows.stream().allMatch(r -> r.select("> th, > td").size() < 2)
                || !table.select("td table, th table, td form, td nav, td h1, td h2, td h3, td iframe, td input").isEmpty()
                || links >= 3 && links * 2 > all.size()
                || all.stream().anyMatch(c -> c.text().length() > 300);
    }

    /** A cell's text on one line: its paragraphs and lines joined with line breaks. */
    private String cell(Element cell) {
        List<String> lines = new ArrayList<>();
        for (String block : blocks(cell)) {
            lines.add(block.replaceFirst("^#+ ", "").replace("\\\n", "<br>").replace("\n\n", "<br>").replace("\n", "<br>").replace("|", "\\|"));
        }
        return String.join("<br>", lines);
    }

    private String inlineChildren(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof Element e && e.normalName().equals("br")) {
                text.append("\\\n");
            } else {
                text.append(inline(child));
            }
        }
        return text.toString();
    }

    private String inline(Node node) {
        if (node instanceof TextNode text) {
            return escape(SPACES.matcher(text.getWholeText()).replaceAll(" "));
        }
        if (!(node instanceof Element element)) {
            return "";
        }
        switch (element.normalName()) {
            case "br":
                return "\\\n";
            case "strong", "b":
                return wrap(inlineChildren(element), "**");
            case "em", "i":
                return wrap(inlineChildren(element), "*");
            case "code":
                return "`" + element.text().replace("`", "") + "`";
            case "img":
                return image(element);
            case "a":
                return link(element);
            default:
                return inlineChildren(element);
        }
    }

    private String image(Element img) {
        String alt = description(img);
        String target = img.attr("src").isBlank() ? null : targets.image(img.attr("src").strip(), alt);
        return target == null ? "" : "![" + escape(alt) + "](" + target + ")";
    }

    /**
     * What an image shows, as the page tells it: its alt text, else its title, else its figure's
     * caption; an alt text that is only a file name ("IMG_1234.JPG", as some editors leave it)
     * tells nothing. Empty when the page does not say.
     */
    private static String description(Element img) {
        String alt = SPACES.matcher(img.attr("alt")).replaceAll(" ").strip();
        if (!alt.isEmpty() && !FILE_NAME.matcher(alt).matches()) {
            return alt;
        }
        String title = SPACES.matcher(img.attr("title")).replaceAll(" ").strip();
        if (!title.isEmpty() && !FILE_NAME.matcher(title).matches()) {
            return title;
        }
        Element figure = img.closest("figure");
        Element caption = figure == null ? null : figure.selectFirst("figcaption");
        return caption == null ? "" : SPACES.matcher(caption.text()).replaceAll(" ").strip();
    }

    private String link(Element a) {
        String text = inlineChildren(a).strip();
        String href = a.attr("href").strip();
        String target = href.isEmpty() ? null : targets.link(href, a.text().strip());
        if (target == null || text.isEmpty()) {
            return text;
        }
        return "[" + text + "](" + target + ")";
    }

    /** Bold or italic around the text, with its outer spaces kept outside the markers. */
    private static String wrap(String text, String marker) {
        String inner = text.strip();
        if (inner.isEmpty() || inner.replace("\\\n", "").isBlank()) {
            return text;
        }
        // Punctuation at the edges goes outside the markers: "**Nội dung:**Tuyên" would not close in CommonMark.
        int start = 0;
        int end = inner.length();
        while (start < end && isPunctuation(inner.charAt(start))) {
            start++;
        }
        while (end > start && isPunctuation(inner.charAt(end - 1)) && (end < 2 || inner.charAt(end - 2) != '\\')) {
            end--;
        }
        if (start == end) {
            return text;
        }
        String before = (text.startsWith(" ") ? " " : "") + inner.substring(0, start);
        String after = inner.substring(end) + (text.endsWith(" ") ? " " : "");
        return before + marker + inner.substring(start, end).strip() + marker + after;
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.DASH_PUNCTUATION;
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\*_[]`<".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** A paragraph's text: lines stripped, spaces collapsed, a leading Markdown marker escaped. */
    private static String paragraph(String inline) {
        String[] lines = inline.split("\n", -1);
        List<String> kept = new ArrayList<>();
        boolean blank = false;
        for (String line : lines) {
            String stripped = SPACES.matcher(line).replaceAll(" ").strip();
            if (stripped.equals("\\") || stripped.isEmpty()) {
                blank = true;
                continue;
            }
            if (blank && !kept.isEmpty()) {
                // An empty line (two line breaks in a row) starts a new paragraph.
                String last = kept.remove(kept.size() - 1);
                kept.add(last.endsWith("\\") ? last.substring(0, last.length() - 1).strip() : last);
                kept.add("");
            }
            blank = false;
            kept.add(ORDERED.matcher(LINE_START.matcher(stripped).replaceFirst("\\\\$0")).replaceFirst("$1\\\\$2"));
        }
        String text = String.join("\n", kept);
        while (text.endsWith("\\")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    private static void flush(StringBuilder inline, List<String> blocks) {
        String text = paragraph(inline.toString());
        if (!text.isEmpty()) {
            blocks.add(text);
        }
        inline.setLength(0);
    }
}
