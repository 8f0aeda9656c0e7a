package org.bangtin.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostics;
import org.bangtin.text.TextStore;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns a notice's Markdown into safe HTML, plain text and an excerpt. Immutable and thread-safe:
 * one instance serves a whole build.
 *
 * <p>Safety is decided here on purpose, not left to library defaults: commonmark passes raw HTML
 * through ({@code escapeHtml(false)}, so editors may paste tables) and drops unsafe link schemes
 * ({@code sanitizeUrls(true)}); then every body goes through {@link HtmlSanitizer}.
 */
public final class MarkdownRenderer {
    /** Length of the excerpt cut from the first paragraph when a notice has no summary. */
    public static final int EXCERPT_LENGTH = 220;
    /** Parsed once: parsing a selector on every body cost as much as a tenth of the sanitizing. */
    private static final Evaluator FIRST_PARAGRAPH = QueryParser.parse("p");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final Path contentRoot;
    private final TextStore texts;

    /** @param contentRoot the content folder that relative links must stay inside */
    public MarkdownRenderer(Path contentRoot) {
        this(contentRoot, TextStore.inMemory());
    }

    /**
     * @param contentRoot the content folder that relative links must stay inside
     * @param texts       where the bodies' HTML and plain text are kept
     */
    public MarkdownRenderer(Path contentRoot, TextStore texts) {
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), HeadingAnchorExtension.create());
        this.parser = Parser.builder().extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions)
                .escapeHtml(false).sanitizeUrls(true).build();
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.texts = texts;
    }

    /**
     * Renders one notice's body.
     *
     * @param pageUrl    URL of the notice's page (base path included); attachments go beside it
     * @param noticeUrls page URLs of the published notices by source file, for links between notices
     */
    public RenderedBody render(Notice notice, String pageUrl, Map<Path, String> noticeUrls, Diagnostics problems) {
        Node document = parser.parse(notice.markdown().read());
        LinkRewriter links = new LinkRewriter(notice, pageUrl, noticeUrls, contentRoot, problems);
        document.accept(links);
        Document clean = sanitizer.clean(renderer.render(document));
        String text = clean.body().text();
        String excerpt = notice.summary() != null ? notice.summary() : firstParagraph(clean);
        return new RenderedBody(texts.put(clean.body().html()), texts.put(text), excerpt, links.linkedFiles(),
                links.internalLinks());
    }

    private static String firstParagraph(Document document) {
        Element paragraph = document.body().selectFirst(FIRST_PARAGRAPH);
        String text = paragraph != null ? paragraph.text() : document.body().text();
        return shorten(text, EXCERPT_LENGTH);
    }

    /** Cuts {@code text} at the last word boundary before {@code max} characters, adding "…". */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max - 1);
        return (space > max / 2 ? text.substring(0, space) : text.substring(0, max - 1)).stripTrailing() + "…";
    }
}
