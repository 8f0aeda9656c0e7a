package org.bangtin.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bangtin.attach.ImageFacts;
import org.bangtin.attach.WebImage;
import org.bangtin.content.Attachment;
import org.bangtin.content.AttachmentResolver;
import org.bangtin.content.FileNames;
import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostics;
import org.bangtin.text.SafePaths;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.jsoup.nodes.Entities;

/**
 * Resolves the relative links and images of one notice's body. A link to another notice's
 * Markdown file becomes that notice's URL; a link to any other file becomes an attachment,
 * checked to exist inside the content folder and published beside the page. Absolute URLs and
 * in-page anchors are left as they are (the sanitizer deals with dangerous schemes, and this says
 * which it will remove). The links and images of raw HTML are resolved alike ({@link RawHtml}).
 */
final class LinkRewriter extends AbstractVisitor {
    /**
     * How wide a photo of the text is shown, for the browser to choose among its copies: the
     * default theme's text column, 50rem at most, the page's margins of 1rem aside.
     */
    private static final String SIZES = "(min-width: 52rem) 50rem, calc(100vw - 2rem)";
    private static final Pattern HAS_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);

    private final Notice notice;
    private final String pageUrl;
    private final Map<Path, String> noticeUrls;
    private final Map<Path, String> whyUnpublished;
    private final AttachmentResolver attachments;
    private final Diagnostics problems;
    private final List<Attachment> linkedFiles = new ArrayList<>();
    private final List<InternalLink> internalLinks = new ArrayList<>();
    private final List<WebImage> webImages = new ArrayList<>();
    /** Links to notices not published (yet): their text stays, without the link. */
    private final List<Link> shownAsText = new ArrayList<>();
    private final RawHtml rawHtml;
    /** The file's line of the body's last line. */
    private int lastLine;

    /**
     * @param pageUrl    the URL of the notice's page, base path included, ending with '/'
     * @param noticeUrls page URL of every published notice, by its source file
     * @param whyUnpublished why each notice read but not published is left out, by its source file
     */
    LinkRewriter(Notice notice, String pageUrl, Map<Path, String> noticeUrls, Map<Path, String> whyUnpublished,
            Path contentRoot, Diagnostics problems) {
        this.notice = notice;
        this.pageUrl = pageUrl;
        this.noticeUrls = noticeUrls;
        this.whyUnpublished = whyUnpublished;
        this.attachments = new AttachmentResolver(contentRoot, problems);
        this.problems = problems;
        this.rawHtml = new RawHtml(notice.sourceName(), problems, this::rewriteRaw);
    }

    List<Attachment> linkedFiles() {
        return linkedFiles;
    }

    List<WebImage> webImages() {
        return webImages;
    }

    /** Root-relative and "#..." links as written, for {@link LinkChecker}. */
    List<InternalLink> internalLinks() {
        return internalLinks;
    }

    @Override
    public void visit(Document document) {
        Node last = document.getLastChild();
        lastLine = last == null || last.getSourceSpans().isEmpty() ? notice.bodyLine()
                : notice.bodyLine() + last.getSourceSpans().get(last.getSourceSpans().size() - 1).getLineIndex();
        visitChildren(document);
        rawHtml.finish(lastLine);
        shownAsText.forEach(LinkRewriter::keepOnlyText);
    }

    /** Puts the link's text (its children) in its place. */
    private static void keepOnlyText(Link link) {
        Node child = link.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            link.insertBefore(child);
            child = next;
        }
        link.unlink();
    }

    @Override
    public void visit(HtmlBlock html) {
        html.setLiteral(rawHtml.review(html.getLiteral(), lineOf(html), lastLine));
    }

    @Override
    public void visit(HtmlInline html) {
        html.setLiteral(rawHtml.review(html.getLiteral(), lineOf(html), lastLine));
    }

    @Override
    public void visit(Link link) {
        rewrite(link.getDestination(), false, lineOf(link), link).ifPresent(link::setDestination);
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        int filesBefore = linkedFiles.size();
        rewrite(image.getDestination(), true, lineOf(image), null).ifPresent(image::setDestination);
        if (image.getFirstChild() == null) {
            problems.warning(notice.sourceName(), lineOf(image), "an image without a description (![](...)): a screen"
                    + " reader says nothing of it, and a phone that does not load it shows nothing in its place",
                    "write what it shows between the brackets: ![Sơ đồ tổ chức bộ máy](so-do.png)");
        }
        visitChildren(image);
        if (linkedFiles.size() > filesBefore) {
            sized(image, linkedFiles.get(linkedFiles.size() - 1));
        }
    }

    /**
     * Gives the image of a file beside the notice its size, so that the page does not jump as it
     * loads, and shows a photo too large for the web as its {@link WebImage} copy, linked to the
     * original. The image becomes the HTML of that, which the sanitizer then checks as any other.
     */
    private void sized(Image image, Attachment file) {
        Optional<ShownImage> shown = shown(file);
        if (shown.isEmpty()) {
            return; // an SVG, a GIF the JDK cannot size, a damaged file: shown as written
        }
        String original = image.getDestination();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("src", shown.get().copied() ? shown.get().src() : original);
        attributes.put("alt", altText(image));
        if (image.getTitle() != null && !image.getTitle().isEmpty()) {
            attributes.put("title", image.getTitle());
        }
        attributes.putAll(shown.get().attributes());
        StringBuilder html = new StringBuilder("<img");
        attributes.forEach((name, value) -> html.append(' ').append(name).append("=\"").append(Entities.escape(value)).append('"'));
        html.append('>');
        if (shown.get().copied() && !(image.getParent() instanceof Link)) {
            html.insert(0, "<a href=\"" + Entities.escape(original) + "\">").append("</a>");
        }
        HtmlInline sized = new HtmlInline();
        sized.setLiteral(html.toString());
        sized.setSourceSpans(image.getSourceSpans());
        image.insertAfter(sized);
        image.unlink();
    }

    /**
     * How the image in a file beside the notice is shown: its web copy when it is a photo too
     * large for the web (whose copies are then written), and the size it shows at.
     */
    private Optional<ShownImage> shown(Attachment file) {
        Optional<ImageFacts> facts = ImageFacts.read(file.source());
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        Optional<WebImage> web = WebImage.of(file, facts.get());
        web.ifPresent(webImages::add);
        Map<String, String> attributes = new LinkedHashMap<>();
        web.filter(w -> w.widths().size() > 1).ifPresent(w -> {
            attributes.put("srcset", w.widths().stream()
                    .map(width -> pageUrl + UrlEncoding.encodePath(w.outputName(width)) + " " + width + "w")
                    .collect(Collectors.joining(", ")));
            attributes.put("sizes", SIZES);
        });
        attributes.put("width", String.valueOf(web.map(WebImage::width).orElse(facts.get().shownWidth())));
        attributes.put("height", String.valueOf(web.map(WebImage::height).orElse(facts.get().shownHeight())));
        return Optional.of(new ShownImage(web.map(w -> pageUrl + UrlEncoding.encodePath(w.outputName())).orElse(null),
                attributes));
    }

    /**
     * An image as shown: the address of its web copy (null when the original is shown) and the
     * attributes it gets (srcset and sizes for a copy, its width and height), in order.
     */
    private record ShownImage(String src, Map<String, String> attributes) {
        boolean copied() {
            return src != null;
        }
    }

    /** An image's description as the HTML renderer writes it into {@code alt}: its plain text. */
    private static String altText(Image image) {
        StringBuilder text = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append('\n');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append('\n');
            }
        });
        return text.toString();
    }

    /**
     * The address to publish for a link's or image's {@code destination}, of Markdown or of raw
     * HTML; empty to keep it as written, after reporting what the page will lack.
     *
     * @param link the Markdown link of the address, which can be shown as its text alone; null
     *             for an image or raw HTML
     */
    private Optional<String> rewrite(String destination, boolean image, int line, Link link) {
        if (destination == null || destination.isEmpty()) {
            return Optional.empty();
        }
        if (Addresses.onComputer(destination)) {
            onComputer(destination, image, line);
            return Optional.empty();
        }
        if (isLeftAsWritten(destination)) {
            if (destination.startsWith("#") || destination.startsWith("/") && !destination.startsWith("//")) {
                internalLinks.add(new InternalLink(notice.sourceName(), line, pageUrl, destination));
            }
            checkScheme(destination, image, line);
            return Optional.empty();
        }
        int cut = indexOfAny(destination, '#', '?');
        String pathPart = cut < 0 ? destination : destination.substring(0, cut);
        String suffix = cut < 0 ? "" : destination.substring(cut);
        String name = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
        // A notice kept as a folder is linked by its folder too, as its page is on the web ("kh/").
        String noticeName = name.endsWith(".md") ? name : attachments.noticeFolder(notice.folder(), name).orElse(null);
        if (noticeName != null) {
            Optional<String> url = linkToNotice(noticeName, line, link).map(u -> u + suffix);
            if (url.isPresent() && suffix.contains("#")) {
                internalLinks.add(new InternalLink(notice.sourceName(), line, pageUrl, url.get()));
            }
            return url;
        }
        return attachments.resolve(notice.folder(), name, null, notice.sourceName(), line).map(attachment -> {
            linkedFiles.add(attachment);
            return pageUrl + UrlEncoding.encodePath(attachment.outputName()) + suffix;
        });
    }

    /**
     * An address of raw HTML, resolved as a Markdown one's; an image beside the notice is also
     * shown as {@link #sized} shows a Markdown one, without the link to the original (the pasted
     * HTML may have its own).
     */
    private Optional<RawHtml.Resolved> rewriteRaw(String address, boolean image, int line) {
        int filesBefore = linkedFiles.size();
        Optional<String> rewritten = rewrite(address, image, line, null);
        Optional<ShownImage> shown = image && linkedFiles.size() > filesBefore
                ? shown(linkedFiles.get(linkedFiles.size() - 1)) : Optional.empty();
        return rewritten.map(published -> new RawHtml.Resolved(shown.filter(ShownImage::copied).map(ShownImage::src)
                .orElse(published), shown.map(ShownImage::attributes).orElse(Map.of())));
    }

    /** A file on the editor's computer: the site cannot reach it, as it cannot a missing attachment. */
    private void onComputer(String destination, boolean image, int line) {
        String name = destination.substring(Math.max(destination.lastIndexOf('/'), destination.lastIndexOf('\\')) + 1);
        if (image) {
            problems.error(notice.sourceName(), line, "image on your computer (" + destination + ") is not published",
                    "copy the image next to the notice and write ![...](" + name + ")");
        } else {
            problems.error(notice.sourceName(), line, "link to a file on your computer (" + destination + ")",
                    "copy the file next to the notice and link it by its name: [...](" + name + ")");
        }
    }

    /** An address whose scheme the sanitizer removes: said, as the page keeps only the text. */
    private void checkScheme(String destination, boolean image, int line) {
        String scheme = Addresses.scheme(destination);
        if (scheme.isEmpty() || (image ? Addresses.IMAGE_SCHEMES : Addresses.LINK_SCHEMES).contains(scheme)) {
            return;
        }
        if (image && scheme.equals("data")) {
            problems.error(notice.sourceName(), line, "an image pasted into the text (data: URL) is not published",
                    "save it as a file next to the notice and write ![...](anh.png)");
        } else if (image) {
            problems.warning(notice.sourceName(), line, "image address '" + scheme + ":...' was removed: images"
                    + " are files next to the notice or http(s) addresses", "save the image next to the notice and"
                    + " write ![...](anh.png)");
        } else {
            problems.warning(notice.sourceName(), line, "'" + scheme + ":' link was removed: a notice links only to"
                    + " web pages (http, https), files next to it, e-mail (mailto:) and phone numbers (tel:)",
                    "write the page's address, or link a file next to the notice by its name");
        }
    }

    /**
     * The URL of the notice file {@code name}. A Markdown {@code link} to a notice not published
     * (scheduled for later, a draft, expired and hidden) is shown as its text alone, with a
     * warning, so that neither the build nor the reader meets a broken link; the first build after
     * that notice is published links it. Raw HTML cannot be so changed: there it is an error.
     */
    private Optional<String> linkToNotice(String name, int line, Link link) {
        Optional<Path> target = attachments.find(notice.folder(), name);
        String url = target.map(noticeUrls::get).orElse(null);
        String why = target.map(whyUnpublished::get).orElse(null);
        if (url == null && why != null && link != null) {
            problems.warning(notice.sourceName(), line, "link to '" + name + "', which is not published: it is " + why
                    + "; the page shows the link's text without the link",
                    "nothing to do: the first build after that notice is published links it");
            shownAsText.add(link);
            return Optional.empty();
        }
        if (url == null && why != null) {
            problems.error(notice.sourceName(), line, "link to '" + name + "', which is not published: it is " + why,
                    "link to it once it is published, or write its title without the link until then");
            return Optional.empty();
        }
        if (url == null) {
            problems.error(notice.sourceName(), line, "link to '" + name + "', which is not a published notice",
                    target.isEmpty() ? "link only to notices inside the content folder"
                            : target.filter(Files::exists).isPresent() ? "correct the errors reported for that notice"
                                    : FileNames.nearest(target.get()).map(near -> "did you mean '"
                                            + FileNames.replaceLast(name, near) + "'?").orElse("check the file name"));
            return Optional.empty();
        }
        return Optional.of(url);
    }

    private static boolean isLeftAsWritten(String destination) {
        return HAS_SCHEME.matcher(destination).matches() || destination.startsWith("/") || destination.startsWith("#")
                || destination.startsWith("?") || destination.startsWith("\\");
    }

    private int lineOf(Node node) {
        return lineOf(notice, node);
    }

    /** The file's line of {@code node} of {@code notice}'s body (its first line, for a block of several). */
    static int lineOf(Notice notice, Node node) {
        if (node.getSourceSpans().isEmpty()) {
            return notice.bodyLine();
        }
        return notice.bodyLine() + node.getSourceSpans().get(0).getLineIndex();
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
    }
}
