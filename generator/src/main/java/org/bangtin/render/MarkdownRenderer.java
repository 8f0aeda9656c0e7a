package org.bangtin.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

import org.bangtin.content.NewNotice;
import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostics;
import org.bangtin.text.Nesting;
import org.bangtin.text.TextStore;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns a notice's Markdown into safe HTML, plain text and an excerpt. Thread-safe (it only counts
 * the bodies it publishes without the sanitizer): one instance serves a whole build.
 *
 * <p>Safety is decided here on purpose, not left to library defaults: commonmark passes raw HTML
 * through ({@code escapeHtml(false)}, so editors may paste tables) and drops unsafe link schemes
 * ({@code sanitizeUrls(true)}); then every body goes through {@link HtmlSanitizer}, or, when it is
 * plain Markdown, is rewritten into the form the sanitizer would give ({@link SanitizedForm}).
 */
public final class MarkdownRenderer {
    /** Length of the excerpt cut from the first paragraph when a notice has no summary. */
    public static final int EXCERPT_LENGTH = 220;
    /** Parsed once: parsing a selector on every body cost as much as a tenth of the sanitizing. */
    private static final Evaluator FIRST_PARAGRAPH = QueryParser.parse("p");

    private final Parser parser;
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final Path contentRoot;
    private final TextStore texts;
    private final boolean shortcut;
    private final LongAdder withoutSanitizer = new LongAdder();
    private final Map<Path, String> whyUnpublished;

    /** @param contentRoot the content folder that relative links must stay inside */
    public MarkdownRenderer(Path contentRoot) {
        this(contentRoot, TextStore.inMemory());
    }

    /**
     * @param contentRoot the content folder that relative links must stay inside
     * @param texts       where the bodies' HTML and plain text are kept
     */
    public MarkdownRenderer(Path contentRoot, TextStore texts) {
        this(contentRoot, texts, Map.of());
    }

    /**
     * @param whyUnpublished why each notice read but not published is left out ("a draft ('draft:
     *                       true')"), by its source file: a link to one says so
     */
    public MarkdownRenderer(Path contentRoot, TextStore texts, Map<Path, String> whyUnpublished) {
        this(contentRoot, texts, true, whyUnpublished);
    }

    /**
     * @param shortcut whether plain Markdown may skip the sanitizer, and Markdown that cannot hold a
     *                 bare address the search for one; false to test that both give the same
     */
    MarkdownRenderer(Path contentRoot, TextStore texts, boolean shortcut) {
        this(contentRoot, texts, shortcut, Map.of());
    }

    private MarkdownRenderer(Path contentRoot, TextStore texts, boolean shortcut, Map<Path, String> whyUnpublished) {
        this.whyUnpublished = whyUnpublished;
        List<Extension> withoutAutolinks = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                HeadingAnchorExtension.create());
        List<Extension> extensions = new ArrayList<>(withoutAutolinks);
        extensions.add(AutolinkExtension.create());
        this.parser = Parser.builder().extensions(extensions).linkProcessor(new SpacedAddresses())
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        this.parserWithoutAutolinks = Parser.builder().extensions(withoutAutolinks).linkProcessor(new SpacedAddresses())
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        // commonmark's own list lacks tel: and ftp:, which the sanitizer keeps in links; data: goes on
        // to the sanitizer, which removes it.
        List<String> schemes = new ArrayList<>(Addresses.LINK_SCHEMES);
        schemes.add("data");
        this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(false).sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(schemes)).build();
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.texts = texts;
        this.shortcut = shortcut;
    }

    /**
     * Renders one notice's body.
     *
     * @param pageUrl    URL of the notice's page (base path included); attachments go beside it
     * @param noticeUrls page URLs of the published notices by source file, for links between notices
     */
    public RenderedBody render(Notice notice, String pageUrl, Map<Path, String> noticeUrls, Diagnostics problems) {
        String markdown = notice.markdown().read();
        try {
            return render(notice, markdown, pageUrl, noticeUrls, problems);
        } catch (StackOverflowError e) {
            // commonmark parses nesting of any depth, but its visitors walk the tree one call per
            // level: a few thousand quotes, lists or emphases inside one another overflow the stack.
            problems.error(notice.sourceName(), notice.bodyLine() + Nesting.deepestLine(markdown, ">*_"),
                    "the text nests too deeply: quotes, lists or emphasis inside one another thousands of levels"
                            + " deep (the deepest on this line)",
                    "remove the repeated '>', '*' or '_', or the growing indentation; a notice needs a few levels at most");
            return new RenderedBody("", "", Objects.requireNonNullElse(notice.summary(), ""), List.of());
        }
    }

    private RenderedBody render(Notice notice, String markdown, String pageUrl, Map<Path, String> noticeUrls,
            Diagnostics problems) {
        Node document = (shortcut && !mayHoldBareAddress(markdown) ? parserWithoutAutolinks : parser).parse(markdown);
        LinkRewriter links = new LinkRewriter(notice, pageUrl, noticeUrls, whyUnpublished, contentRoot, problems);
        document.accept(links);
        SecondFrontMatter.check(document, notice, problems);
        String html = renderer.render(document);
        boolean needsExcerpt = notice.summary() == null;
        Cleaned clean = plainForm(document, html, needsExcerpt).orElseGet(() -> sanitized(html, needsExcerpt));
        // Not for a notice with errors: it may have lost its attachments, or be a bad edit half made.
        if (clean.html().isBlank() && notice.attachments().isEmpty() && links.linkedFiles().isEmpty()
                && !notice.withErrors()) {
            problems.warning(notice.sourceName(), notice.bodyLine(), "the notice has no text and no attachment",
                    "write its text below the front matter, or attach its document with 'attachments:'");
        }
        int placeholder = markdown.indexOf(NewNotice.PLACEHOLDER);
        if (placeholder >= 0) {
            problems.warning(notice.sourceName(), notice.bodyLine()
                    + (int) markdown.substring(0, placeholder).chars().filter(c -> c == '\n').count(),
                    "the text still has the line 'bangtin new' wrote for the editor to replace (\""
                            + NewNotice.PLACEHOLDER + "\")",
                    "write the notice's text in its place, or mark the notice 'draft: true' until it is ready");
        }
        String excerpt = needsExcerpt ? shorten(clean.lead(), EXCERPT_LENGTH) : notice.summary();
        return new RenderedBody(texts.put(clean.html()), texts.put(clean.text()), excerpt, links.linkedFiles(),
                links.internalLinks(), links.webImages());
    }

    /**
     * Whether the Markdown's text may hold an address that the autolink extension turns into a
     * link ("https://...", "www....", an e-mail address). The extension scans every piece of text
     * for them, a tenth to a fifth of parsing and rendering a notice that has none. A piece of
     * text holds the source's characters, but for what backslash escapes ("http:\/\/") and
     * character references ("&#64;") make of them: a body with neither, nor the three markers,
     * has no such address.
     */
    static boolean mayHoldBareAddress(String markdown) {
        return markdown.indexOf('@') >= 0 || markdown.indexOf('&') >= 0 || markdown.indexOf('\\') >= 0
                || markdown.contains("://") || markdown.contains("www.");
    }

    /**
     * A body's published HTML, its plain text and the text of its first paragraph (null without
     * one, or when no excerpt is cut: a notice with a summary has it as its excerpt).
     */
    private record Cleaned(String html, String text, String firstParagraph) {
        /** What an excerpt is cut from. */
        String lead() {
            return firstParagraph != null ? firstParagraph : text;
        }
    }

    private Optional<Cleaned> plainForm(Node document, String html, boolean needsExcerpt) {
        if (!shortcut || !SanitizedForm.applies(document)) {
            return Optional.empty();
        }
        Optional<String> form = SanitizedForm.of(html);
        form.ifPresent(f -> withoutSanitizer.increment());
        return form.map(f -> new Cleaned(f, BodyText.of(f), needsExcerpt ? BodyText.ofFirstParagraph(f) : null));
    }

    /** How many bodies this renderer published without running the sanitizer. */
    long bodiesWithoutSanitizer() {
        return withoutSanitizer.sum();
    }

    private Cleaned sanitized(String html, boolean needsExcerpt) {
        Document clean = sanitizer.clean(html);
        Element paragraph = needsExcerpt ? clean.body().selectFirst(FIRST_PARAGRAPH) : null;
        return new Cleaned(clean.body().html(), clean.body().text(), paragraph != null ? paragraph.text() : null);
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
